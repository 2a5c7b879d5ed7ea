package fr.clausematch.candidate;

import fr.clausematch.dataset.CandidateRow;
import fr.clausematch.shared.JdbcBatches;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The bulk write of an import's people (the {@code exchange} module checks the dataset, then asks this module
 * to write its own tables): JDBC batches, ids drawn from the table's sequence, in the caller's transaction.
 */
@Component
public class CandidateImport {

    private final JdbcTemplate jdbc;

    CandidateImport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts checked rows of the exchange format as new people, each in the territory {@code territory} gives
     * for it, with their criteria (validated by {@code actor} on {@code today}), trades and licences.
     */
    @Transactional
    public void insert(List<CandidateRow> rows, Function<CandidateRow, String> territory, String actor, LocalDate today) {
        List<Long> ids = JdbcBatches.nextIds(jdbc, "candidate_id_seq", rows.size());
        List<Integer> indexes = JdbcBatches.indexes(rows.size());
        jdbc.batchUpdate("""
                INSERT INTO candidate (id, external_id, territory_code, gender, birth_year, commune, latitude, longitude,
                    qpv_code, eligibility_until, qualification_level, max_distance_km, available_from, available_until,
                    max_hours_per_week, registered_on, status, last_contact_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'IDENTIFIED', ?)""", indexes, JdbcBatches.SIZE, (ps, i) -> {
            CandidateRow c = rows.get(i);
            ps.setLong(1, ids.get(i));
            ps.setString(2, c.id());
            ps.setString(3, territory.apply(c));
            ps.setString(4, c.gender() == null ? null : c.gender().name());
            ps.setInt(5, c.birthYear());
            ps.setString(6, c.commune());
            ps.setDouble(7, c.latitude());
            ps.setDouble(8, c.longitude());
            ps.setString(9, c.qpvCode());
            ps.setObject(10, JdbcBatches.date(c.eligibilityUntil()), Types.DATE);
            ps.setInt(11, c.qualificationLevel());
            ps.setDouble(12, c.maxDistanceKm());
            ps.setObject(13, JdbcBatches.date(c.availableFrom()), Types.DATE);
            ps.setObject(14, JdbcBatches.date(c.availableUntil()), Types.DATE);
            ps.setBigDecimal(15, c.maxHoursPerWeek());
            ps.setObject(16, JdbcBatches.date(c.registeredOn()), Types.DATE);
            ps.setObject(17, JdbcBatches.date(today), Types.DATE);
        });
        List<Object[]> eligibility = new ArrayList<>();
        List<Object[]> trades = new ArrayList<>();
        List<Object[]> licences = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CandidateRow c = rows.get(i);
            Long id = ids.get(i);
            c.eligibility().forEach(code -> eligibility.add(new Object[]{id, code.name(), actor, JdbcBatches.date(today), JdbcBatches.date(c.eligibilityUntil())}));
            JdbcBatches.addPositioned(trades, id, c.trades());
            JdbcBatches.addPositioned(licences, id, c.licences());
        }
        JdbcBatches.batch(jdbc, "INSERT INTO candidate_eligibility (candidate_id, criterion, validated_by, validated_on, valid_until) VALUES (?, ?, ?, ?, ?)",
                eligibility);
        JdbcBatches.batch(jdbc, "INSERT INTO candidate_trade (candidate_id, position, trade) VALUES (?, ?, ?)", trades);
        JdbcBatches.batch(jdbc, "INSERT INTO candidate_licence (candidate_id, position, licence) VALUES (?, ?, ?)", licences);
    }
}
