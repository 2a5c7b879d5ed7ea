package fr.clausematch.candidate;

import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.Gender;
import fr.clausematch.shared.Place;
import fr.clausematch.web.SearchText;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lists of people (the API's pages, the list page, the exports): one query for a page of views, the
 * criteria, trades and licences of each person read as arrays in the same row, and one count when the page
 * does not tell the total by itself. Read straight
 * into {@link CandidateView} without loading entities: this runs on every call of {@code GET /api/candidates},
 * where loading records and their three collections through the persistence context cost most of the time.
 */
@Component
class CandidateListing {

    /** The properties a list may be sorted by, and their columns. */
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("externalId", "c.external_id"), Map.entry("territoryCode", "c.territory_code"),
            Map.entry("gender", "c.gender"), Map.entry("birthYear", "c.birth_year"), Map.entry("commune", "c.commune"),
            Map.entry("qpvCode", "c.qpv_code"), Map.entry("eligibilityUntil", "c.eligibility_until"),
            Map.entry("qualificationLevel", "c.qualification_level"), Map.entry("maxDistanceKm", "c.max_distance_km"),
            Map.entry("availableFrom", "c.available_from"), Map.entry("availableUntil", "c.available_until"),
            Map.entry("maxHoursPerWeek", "c.max_hours_per_week"), Map.entry("registeredOn", "c.registered_on"),
            Map.entry("status", "c.status"), Map.entry("lastContactOn", "c.last_contact_on"));

    /** The criteria of a person in the order of {@link EligibilityCriterion}, as the record gives them. */
    private static final String CRITERIA_ORDER = "array_position(ARRAY[" + Arrays.stream(EligibilityCriterion.values())
            .map(criterion -> "'" + criterion.name() + "'").collect(Collectors.joining(", ")) + "]::varchar[], e.criterion)";

    private static final String SELECT = """
            SELECT c.external_id, c.territory_code, c.gender, c.birth_year, c.commune, c.latitude, c.longitude,
                   c.qpv_code, c.eligibility_until, c.qualification_level, c.max_distance_km, c.available_from,
                   c.available_until, c.max_hours_per_week, c.registered_on, c.status, c.last_contact_on, c.version,
                   ARRAY(SELECT t.trade FROM candidate_trade t WHERE t.candidate_id = c.id ORDER BY t.position) AS trades,
                   ARRAY(SELECT l.licence FROM candidate_licence l WHERE l.candidate_id = c.id ORDER BY l.position) AS licences,
                   g.criteria, g.validated_by, g.validated_on, g.valid_until
            FROM candidate c
            LEFT JOIN LATERAL (SELECT array_agg(e.criterion ORDER BY %1$s) AS criteria,
                                      array_agg(e.validated_by ORDER BY %1$s) AS validated_by,
                                      array_agg(e.validated_on ORDER BY %1$s) AS validated_on,
                                      array_agg(e.valid_until ORDER BY %1$s) AS valid_until
                               FROM candidate_eligibility e WHERE e.candidate_id = c.id) g ON TRUE""".formatted(CRITERIA_ORDER);

    private static final RowMapper<CandidateView> VIEW = CandidateListing::view;

    private final NamedParameterJdbcTemplate jdbc;

    CandidateListing(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the people of {@code territories} that {@code filter} finds, sorted as {@code pageable} says. */
    Page<CandidateView> page(CandidateFilter filter, Set<String> territories, Pageable pageable) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(filter, territories, parameters);
        StringBuilder sql = new StringBuilder(SELECT).append(where).append(orderBy(pageable.getSort()));
        if (pageable.isPaged()) {
            sql.append(" LIMIT :limit OFFSET :offset");
            parameters.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        }
        List<CandidateView> content = jdbc.query(sql.toString(), parameters, VIEW);
        if (pageable.isUnpaged() || (pageable.getOffset() == 0 && content.size() < pageable.getPageSize())) {
            return new PageImpl<>(content, pageable, content.size());
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM candidate c" + where, parameters, Long.class);
        return new PageImpl<>(content, pageable, total == null ? 0 : total);
    }

    private static String where(CandidateFilter filter, Set<String> territories, MapSqlParameterSource parameters) {
        if (territories.isEmpty()) {
            return " WHERE FALSE";
        }
        List<String> conditions = new ArrayList<>();
        conditions.add("c.territory_code IN (:territories)");
        parameters.addValue("territories", territories);
        if (filter.territory() != null && !filter.territory().isBlank()) {
            conditions.add("c.territory_code = :territory");
            parameters.addValue("territory", filter.territory());
        }
        if (filter.status() != null) {
            conditions.add("c.status = :status");
            parameters.addValue("status", filter.status().name());
        }
        if (filter.qpv() != null) {
            conditions.add(filter.qpv() ? "c.qpv_code IS NOT NULL" : "c.qpv_code IS NULL");
        }
        if (filter.qpvCode() != null && !filter.qpvCode().isBlank()) {
            conditions.add("c.qpv_code = :qpvCode");
            parameters.addValue("qpvCode", filter.qpvCode());
        }
        if (filter.gender() != null) {
            conditions.add("c.gender = :gender");
            parameters.addValue("gender", filter.gender().name());
        }
        if (filter.trade() != null && !filter.trade().isBlank()) {
            conditions.add("EXISTS (SELECT 1 FROM candidate_trade t WHERE t.candidate_id = c.id AND t.trade = :trade)");
            parameters.addValue("trade", filter.trade());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            conditions.add("(lower(c.external_id) LIKE :like ESCAPE '\\' OR lower(c.commune) LIKE :like ESCAPE '\\')");
            parameters.addValue("like", SearchText.likePattern(filter.q()));
        }
        return " WHERE " + String.join(" AND ", conditions);
    }

    /** The order asked for (by properties of the record), then the id, so that pages never overlap. */
    private static String orderBy(Sort sort) {
        List<String> orders = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = COLUMNS.get(order.getProperty());
            if (column == null) {
                throw new IllegalArgumentException("no sort by " + order.getProperty());
            }
            orders.add(column + (order.isAscending() ? " ASC" : " DESC"));
        }
        orders.add("c.id");
        return " ORDER BY " + String.join(", ", orders);
    }

    private static CandidateView view(ResultSet row, int number) throws SQLException {
        List<CandidateView.Grant> eligibility = new ArrayList<>();
        Array held = row.getArray("criteria"); // null when the person holds none
        String[] criteria = held == null ? new String[0] : strings(held);
        String[] validatedBy = held == null ? null : strings(row.getArray("validated_by"));
        Date[] validatedOn = held == null ? null : (Date[]) row.getArray("validated_on").getArray();
        Date[] validUntil = held == null ? null : (Date[]) row.getArray("valid_until").getArray();
        for (int i = 0; i < criteria.length; i++) {
            EligibilityCriterion criterion = EligibilityCriterion.valueOf(criteria[i]);
            eligibility.add(new CandidateView.Grant(criterion, criterion.isSensitive(), validatedBy[i], date(validatedOn[i]),
                    date(validUntil[i])));
        }
        String gender = row.getString("gender");
        return new CandidateView(row.getString("external_id"), row.getString("territory_code"),
                gender == null ? null : Gender.valueOf(gender), row.getInt("birth_year"), new Place(row.getString("commune"),
                row.getDouble("latitude"), row.getDouble("longitude"), row.getString("qpv_code")), eligibility,
                date(row.getDate("eligibility_until")), List.of(strings(row.getArray("trades"))),
                row.getInt("qualification_level"), List.of(strings(row.getArray("licences"))), row.getDouble("max_distance_km"),
                date(row.getDate("available_from")), date(row.getDate("available_until")), row.getBigDecimal("max_hours_per_week"),
                date(row.getDate("registered_on")), CandidateStatus.valueOf(row.getString("status")),
                date(row.getDate("last_contact_on")), row.getLong("version"));
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
