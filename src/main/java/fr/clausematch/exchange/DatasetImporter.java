package fr.clausematch.exchange;

import fr.clausematch.audit.AuditAction;
import fr.clausematch.audit.AuditLog;
import fr.clausematch.dataset.CandidateRow;
import fr.clausematch.dataset.ContractRow;
import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.DatasetError;
import fr.clausematch.dataset.DatasetFormatException;
import fr.clausematch.territory.TerritoryNames;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Writes a checked dataset into the database, all or nothing: first every conflict with what the
 * database already holds is listed (an id that exists is refused, never overwritten), then all rows
 * go in one transaction through JDBC batches (fast enough for a national dataset).
 */
@Service
public class DatasetImporter {

    static final String CANDIDATES = "candidates.csv";
    static final String CONTRACTS = "contracts.csv";
    static final String SLOTS = "slots.csv";
    static final int BATCH = 2_000;

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    public DatasetImporter(JdbcTemplate jdbc, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Imports a dataset.
     *
     * @param dataset          the rows, already checked against the exchange format
     * @param defaultTerritory the territory of rows whose territory cell is empty; may be null
     * @param actor            who imports (kept as the validator of the eligibility criteria)
     * @throws DatasetFormatException listing every row that conflicts with the database; nothing is written then
     */
    @Transactional
    public ImportReport importDataset(Dataset dataset, String defaultTerritory, String actor) {
        return importDataset(dataset, defaultTerritory, actor, territory -> true);
    }

    /**
     * Imports a dataset for someone who may write only in some territories: a row of any other territory
     * is refused with its line (and nothing is written), like every other error.
     */
    @Transactional
    public ImportReport importDataset(Dataset dataset, String defaultTerritory, String actor, Predicate<String> allowed) {
        long started = System.nanoTime();
        String fallback = defaultTerritory == null || defaultTerritory.isBlank() ? null : defaultTerritory.strip();
        List<DatasetError> errors = new ImportChecks(jdbc).conflicts(dataset, fallback, allowed);
        if (!errors.isEmpty()) {
            throw new DatasetFormatException(errors);
        }

        List<String> territoriesCreated = createTerritories(dataset, fallback);
        createQpvs(dataset, fallback);
        Map<String, Long> buyerIds = new HashMap<>();
        List<String> buyersCreated = createBuyers(dataset, buyerIds);
        ImportInserts inserts = new ImportInserts(jdbc);
        inserts.insertCandidates(dataset.candidates(), fallback, actor, LocalDate.now(clock));
        audit.recordEach(actor, AuditAction.CREATE, AuditLog.CANDIDATE,
                dataset.candidates().stream().map(CandidateRow::id).toList(), "import au format d'échange");
        Map<String, Long> contractIds = inserts.insertContracts(dataset.contracts(), fallback, buyerIds);
        inserts.insertSlots(dataset.slots(), contractIds);
        return new ImportReport(dataset.candidates().size(), dataset.contracts().size(), dataset.slots().size(),
                territoriesCreated, buyersCreated, (System.nanoTime() - started) / 1_000_000);
    }

    private List<String> createTerritories(Dataset dataset, String fallback) {
        Set<String> codes = new LinkedHashSet<>();
        dataset.candidates().forEach(c -> codes.add(ImportChecks.territoryOf(c.territory(), fallback)));
        dataset.contracts().forEach(c -> codes.add(ImportChecks.territoryOf(c.territory(), fallback)));
        Set<String> existing = new HashSet<>(jdbc.queryForList("SELECT code FROM territory", String.class));
        List<String> created = codes.stream().filter(code -> !existing.contains(code)).sorted().toList();
        jdbc.batchUpdate("INSERT INTO territory (code, name, kind) VALUES (?, ?, ?)", created, BATCH, (ps, code) -> {
            ps.setString(1, code);
            ps.setString(2, TerritoryNames.nameOf(code));
            ps.setString(3, TerritoryNames.isDepartement(code) ? "DEPARTEMENT" : "AREA");
        });
        return created;
    }

    private void createQpvs(Dataset dataset, String fallback) {
        Map<String, String[]> qpvs = new LinkedHashMap<>();
        dataset.contracts().stream().filter(c -> c.qpvCode() != null).forEach(c ->
                qpvs.putIfAbsent(c.qpvCode(), new String[]{c.commune(), ImportChecks.territoryOf(c.territory(), fallback)}));
        dataset.candidates().stream().filter(c -> c.qpvCode() != null).forEach(c ->
                qpvs.putIfAbsent(c.qpvCode(), new String[]{c.commune(), ImportChecks.territoryOf(c.territory(), fallback)}));
        Set<String> existing = new HashSet<>(jdbc.queryForList("SELECT code FROM qpv", String.class));
        List<Map.Entry<String, String[]>> created = qpvs.entrySet().stream()
                .filter(e -> !existing.contains(e.getKey())).toList();
        jdbc.batchUpdate("INSERT INTO qpv (code, commune, territory_code) VALUES (?, ?, ?)", created, BATCH, (ps, e) -> {
            ps.setString(1, e.getKey());
            ps.setString(2, e.getValue()[0]);
            ps.setString(3, e.getValue()[1]);
        });
    }

    private List<String> createBuyers(Dataset dataset, Map<String, Long> buyerIds) {
        jdbc.query("SELECT id, code FROM buyer", rs -> {
            buyerIds.put(rs.getString("code"), rs.getLong("id"));
        });
        List<String> created = new ArrayList<>();
        for (ContractRow contract : dataset.contracts()) {
            if (!buyerIds.containsKey(contract.buyer())) {
                Long id = jdbc.queryForObject("INSERT INTO buyer (code, name, kind) VALUES (?, ?, ?) RETURNING id",
                        Long.class, contract.buyer(), contract.buyer(), BuyerKinds.guess(contract.buyer()));
                buyerIds.put(contract.buyer(), id);
                created.add(contract.buyer());
            }
        }
        return created;
    }
}
