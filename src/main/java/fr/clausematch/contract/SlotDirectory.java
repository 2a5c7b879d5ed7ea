package fr.clausematch.contract;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What other modules may know of slots they hold by internal id (a plan's pairings) or list for a territory
 * (a plan's page): the slot, its contract, trade, hours, place and dates.
 */
@Component
public class SlotDirectory {

    /** A slot as a plan shows it. */
    public record SlotSummary(long id, String externalId, long contractId, String contractExternalId, String contractType,
                              String trade, int hours, String commune, LocalDate startDate, LocalDate endDate,
                              String territory, String contractTitle) {
    }

    private static final String SELECT = """
            SELECT s.id, s.external_id, k.id AS contract_id, k.external_id AS contract, k.type, s.trade, s.hours, k.commune,
              s.start_date, s.end_date, k.territory_code, k.title
            FROM slot s JOIN contract k ON k.id = s.contract_id""";
    private static final String OPEN_OF_TERRITORY = " WHERE k.territory_code = ? AND k.status NOT IN ('CANCELLED', 'CLOSED')";
    private static final RowMapper<SlotSummary> ROW = (rs, n) -> new SlotSummary(rs.getLong("id"), rs.getString("external_id"),
            rs.getLong("contract_id"), rs.getString("contract"), rs.getString("type"), rs.getString("trade"), rs.getInt("hours"),
            rs.getString("commune"), rs.getDate("start_date").toLocalDate(), rs.getDate("end_date").toLocalDate(),
            rs.getString("territory_code"), rs.getString("title"));

    private final JdbcTemplate jdbc;

    SlotDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The slots of these internal ids (ids of slots no longer there are absent). */
    @Transactional(readOnly = true)
    public Map<Long, SlotSummary> byIds(Collection<Long> ids) {
        Map<Long, SlotSummary> slots = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query(SELECT + " WHERE s.id = ANY (?)", ROW, (Object) ids.stream().distinct().toArray(Long[]::new))
                    .forEach(slot -> slots.put(slot.id(), slot));
        }
        return slots;
    }

    /** A page of the slots of a territory's contracts that are neither cancelled nor closed, by start date then id. */
    @Transactional(readOnly = true)
    public List<SlotSummary> openOfTerritory(String territory, int offset, int limit) {
        return jdbc.query(SELECT + OPEN_OF_TERRITORY + " ORDER BY s.start_date, s.external_id OFFSET ? LIMIT ?", ROW,
                territory, offset, limit);
    }

    /** How many slots {@link #openOfTerritory} pages through. */
    @Transactional(readOnly = true)
    public int countOpenOfTerritory(String territory) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM slot s JOIN contract k ON k.id = s.contract_id"
                + OPEN_OF_TERRITORY, Integer.class, territory);
        return count == null ? 0 : count;
    }

    /** The slots of these contracts (external ids). */
    @Transactional(readOnly = true)
    public List<SlotSummary> ofContracts(Collection<String> contractIds) {
        return contractIds.isEmpty() ? List.of()
                : jdbc.query(SELECT + " WHERE k.external_id = ANY (?)", ROW, (Object) contractIds.stream().distinct().toArray(String[]::new));
    }
}
