package fr.clausematch.exchange;

import fr.clausematch.dataset.CandidateRow;
import fr.clausematch.dataset.ContractRow;
import fr.clausematch.dataset.SlotRow;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static fr.clausematch.exchange.DatasetImporter.BATCH;
import static fr.clausematch.exchange.ImportChecks.territoryOf;

/**
 * The JDBC batches that write a checked dataset's people, contracts and slots with their lists
 * (eligibility, trades, licences), ids drawn from the tables' sequences.
 */
final class ImportInserts {

    private final JdbcTemplate jdbc;

    ImportInserts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private List<Long> nextIds(String sequence, int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.queryForList("SELECT nextval('" + sequence + "') FROM generate_series(1, ?)", Long.class, count);
    }

    void insertCandidates(List<CandidateRow> rows, String fallback, String actor, LocalDate today) {
        List<Long> ids = nextIds("candidate_id_seq", rows.size());
        List<Integer> indexes = indexes(rows.size());
        jdbc.batchUpdate("""
                INSERT INTO candidate (id, external_id, territory_code, gender, birth_year, commune, latitude, longitude,
                    qpv_code, eligibility_until, qualification_level, max_distance_km, available_from, available_until,
                    max_hours_per_week, registered_on, status, last_contact_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'IDENTIFIED', ?)""", indexes, BATCH, (ps, i) -> {
            CandidateRow c = rows.get(i);
            ps.setLong(1, ids.get(i));
            ps.setString(2, c.id());
            ps.setString(3, territoryOf(c.territory(), fallback));
            ps.setString(4, c.gender() == null ? null : c.gender().name());
            ps.setInt(5, c.birthYear());
            ps.setString(6, c.commune());
            ps.setDouble(7, c.latitude());
            ps.setDouble(8, c.longitude());
            ps.setString(9, c.qpvCode());
            ps.setObject(10, date(c.eligibilityUntil()), Types.DATE);
            ps.setInt(11, c.qualificationLevel());
            ps.setDouble(12, c.maxDistanceKm());
            ps.setObject(13, date(c.availableFrom()), Types.DATE);
            ps.setObject(14, date(c.availableUntil()), Types.DATE);
            ps.setBigDecimal(15, c.maxHoursPerWeek());
            ps.setObject(16, date(c.registeredOn()), Types.DATE);
            ps.setObject(17, date(today), Types.DATE);
        });
        List<Object[]> eligibility = new ArrayList<>();
        List<Object[]> trades = new ArrayList<>();
        List<Object[]> licences = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            CandidateRow c = rows.get(i);
            Long id = ids.get(i);
            c.eligibility().forEach(code -> eligibility.add(new Object[]{id, code.name(), actor, date(today), date(c.eligibilityUntil())}));
            addPositioned(trades, id, c.trades());
            addPositioned(licences, id, c.licences());
        }
        batch("INSERT INTO candidate_eligibility (candidate_id, criterion, validated_by, validated_on, valid_until) VALUES (?, ?, ?, ?, ?)",
                eligibility);
        batch("INSERT INTO candidate_trade (candidate_id, position, trade) VALUES (?, ?, ?)", trades);
        batch("INSERT INTO candidate_licence (candidate_id, position, licence) VALUES (?, ?, ?)", licences);
    }

    Map<String, Long> insertContracts(List<ContractRow> rows, String fallback, Map<String, Long> buyerIds) {
        List<Long> ids = nextIds("contract_id_seq", rows.size());
        Map<String, Long> contractIds = new HashMap<>();
        jdbc.batchUpdate("""
                INSERT INTO contract (id, external_id, territory_code, buyer_id, title, type, legal_basis, anru, commune,
                    latitude, longitude, qpv_code, start_date, end_date, required_hours, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')""", indexes(rows.size()), BATCH, (ps, i) -> {
            ContractRow c = rows.get(i);
            ps.setLong(1, ids.get(i));
            ps.setString(2, c.id());
            ps.setString(3, territoryOf(c.territory(), fallback));
            ps.setLong(4, buyerIds.get(c.buyer()));
            ps.setString(5, c.title());
            ps.setString(6, c.type().name());
            ps.setString(7, c.legalBasis().name());
            ps.setBoolean(8, c.anru());
            ps.setString(9, c.commune());
            ps.setDouble(10, c.latitude());
            ps.setDouble(11, c.longitude());
            ps.setString(12, c.qpvCode());
            ps.setObject(13, date(c.startDate()), Types.DATE);
            ps.setObject(14, date(c.endDate()), Types.DATE);
            ps.setInt(15, c.requiredHours());
        });
        for (int i = 0; i < rows.size(); i++) {
            contractIds.put(rows.get(i).id(), ids.get(i));
        }
        return contractIds;
    }

    void insertSlots(List<SlotRow> rows, Map<String, Long> contractIds) {
        List<Long> ids = nextIds("slot_id_seq", rows.size());
        jdbc.batchUpdate("""
                INSERT INTO slot (id, external_id, contract_id, trade, hours, start_date, end_date, hours_per_week,
                    min_qualification_level)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", indexes(rows.size()), BATCH, (ps, i) -> {
            SlotRow s = rows.get(i);
            ps.setLong(1, ids.get(i));
            ps.setString(2, s.id());
            ps.setLong(3, contractIds.get(s.contractId()));
            ps.setString(4, s.trade());
            ps.setInt(5, s.hours());
            ps.setObject(6, date(s.startDate()), Types.DATE);
            ps.setObject(7, date(s.endDate()), Types.DATE);
            ps.setBigDecimal(8, s.hoursPerWeek());
            ps.setInt(9, s.minQualificationLevel());
        });
        List<Object[]> licences = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            addPositioned(licences, ids.get(i), rows.get(i).requiredLicences());
        }
        batch("INSERT INTO slot_licence (slot_id, position, licence) VALUES (?, ?, ?)", licences);
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    private static void addPositioned(List<Object[]> target, Long ownerId, Collection<String> values) {
        int position = 0;
        for (String value : values) {
            target.add(new Object[]{ownerId, position++, value});
        }
    }

    private static List<Integer> indexes(int size) {
        List<Integer> indexes = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            indexes.add(i);
        }
        return indexes;
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
