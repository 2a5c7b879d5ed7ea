package fr.clausematch.contract;

import fr.clausematch.dataset.ContractRow;
import fr.clausematch.dataset.SlotRow;
import fr.clausematch.shared.JdbcBatches;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The bulk write of an import's buyers, contracts and slots (the {@code exchange} module checks the dataset,
 * then asks this module to write its own tables): JDBC batches, ids drawn from the tables' sequences, in the
 * caller's transaction.
 */
@Component
public class ContractImport {

    private final JdbcTemplate jdbc;

    ContractImport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The ids of the buyers the rows name, by code, in {@code buyerIds}: those not known yet are created (named
     * by their code, their kind guessed from it); gives the codes created.
     */
    @Transactional
    public List<String> createBuyers(List<ContractRow> rows, Map<String, Long> buyerIds) {
        jdbc.query("SELECT id, code FROM buyer", rs -> {
            buyerIds.put(rs.getString("code"), rs.getLong("id"));
        });
        List<String> created = new ArrayList<>();
        for (ContractRow contract : rows) {
            if (!buyerIds.containsKey(contract.buyer())) {
                Long id = jdbc.queryForObject("INSERT INTO buyer (code, name, kind) VALUES (?, ?, ?) RETURNING id",
                        Long.class, contract.buyer(), contract.buyer(), BuyerKinds.guess(contract.buyer()));
                buyerIds.put(contract.buyer(), id);
                created.add(contract.buyer());
            }
        }
        return created;
    }

    /**
     * Inserts checked rows of the exchange format as new open contracts, each in the territory {@code territory}
     * gives for it, of the buyer whose id {@code buyerIds} gives; gives their ids by contract id.
     */
    @Transactional
    public Map<String, Long> insertContracts(List<ContractRow> rows, Function<ContractRow, String> territory,
                                             Map<String, Long> buyerIds) {
        List<Long> ids = JdbcBatches.nextIds(jdbc, "contract_id_seq", rows.size());
        Map<String, Long> contractIds = new HashMap<>();
        jdbc.batchUpdate("""
                INSERT INTO contract (id, external_id, territory_code, buyer_id, title, type, legal_basis, anru, commune,
                    latitude, longitude, qpv_code, start_date, end_date, required_hours, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')""", JdbcBatches.indexes(rows.size()), JdbcBatches.SIZE, (ps, i) -> {
            ContractRow c = rows.get(i);
            ps.setLong(1, ids.get(i));
            ps.setString(2, c.id());
            ps.setString(3, territory.apply(c));
            ps.setLong(4, buyerIds.get(c.buyer()));
            ps.setString(5, c.title());
            ps.setString(6, c.type().name());
            ps.setString(7, c.legalBasis().name());
            ps.setBoolean(8, c.anru());
            ps.setString(9, c.commune());
            ps.setDouble(10, c.latitude());
            ps.setDouble(11, c.longitude());
            ps.setString(12, c.qpvCode());
            ps.setObject(13, JdbcBatches.date(c.startDate()), Types.DATE);
            ps.setObject(14, JdbcBatches.date(c.endDate()), Types.DATE);
            ps.setInt(15, c.requiredHours());
        });
        for (int i = 0; i < rows.size(); i++) {
            contractIds.put(rows.get(i).id(), ids.get(i));
        }
        return contractIds;
    }

    /** Inserts checked rows of the exchange format as new slots of the contracts whose ids {@code contractIds} gives. */
    @Transactional
    public void insertSlots(List<SlotRow> rows, Map<String, Long> contractIds) {
        List<Long> ids = JdbcBatches.nextIds(jdbc, "slot_id_seq", rows.size());
        jdbc.batchUpdate("""
                INSERT INTO slot (id, external_id, contract_id, trade, hours, start_date, end_date, hours_per_week,
                    min_qualification_level)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", JdbcBatches.indexes(rows.size()), JdbcBatches.SIZE, (ps, i) -> {
            SlotRow s = rows.get(i);
            ps.setLong(1, ids.get(i));
            ps.setString(2, s.id());
            ps.setLong(3, contractIds.get(s.contractId()));
            ps.setString(4, s.trade());
            ps.setInt(5, s.hours());
            ps.setObject(6, JdbcBatches.date(s.startDate()), Types.DATE);
            ps.setObject(7, JdbcBatches.date(s.endDate()), Types.DATE);
            ps.setBigDecimal(8, s.hoursPerWeek());
            ps.setInt(9, s.minQualificationLevel());
        });
        List<Object[]> licences = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            JdbcBatches.addPositioned(licences, ids.get(i), rows.get(i).requiredLicences());
        }
        JdbcBatches.batch(jdbc, "INSERT INTO slot_licence (slot_id, position, licence) VALUES (?, ?, ?)", licences);
    }
}
