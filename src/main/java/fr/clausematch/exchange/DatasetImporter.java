package fr.clausematch.exchange;

import fr.clausematch.audit.AuditAction;
import fr.clausematch.audit.AuditLog;
import fr.clausematch.dataset.CandidateRow;
import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.DatasetError;
import fr.clausematch.dataset.DatasetFormatException;
import fr.clausematch.candidate.CandidateImport;
import fr.clausematch.contract.ContractImport;
import fr.clausematch.territory.TerritoryImport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
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

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final TerritoryImport territories;
    private final CandidateImport people;
    private final ContractImport contracts;

    public DatasetImporter(JdbcTemplate jdbc, Clock clock, AuditLog audit, TerritoryImport territories,
                           CandidateImport people, ContractImport contracts) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.territories = territories;
        this.people = people;
        this.contracts = contracts;
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

        Set<String> codes = new LinkedHashSet<>();
        dataset.candidates().forEach(c -> codes.add(ImportChecks.territoryOf(c.territory(), fallback)));
        dataset.contracts().forEach(c -> codes.add(ImportChecks.territoryOf(c.territory(), fallback)));
        List<String> territoriesCreated = territories.createMissing(codes);
        Map<String, TerritoryImport.Qpv> qpvs = new LinkedHashMap<>();
        dataset.contracts().stream().filter(c -> c.qpvCode() != null).forEach(c -> qpvs.putIfAbsent(c.qpvCode(),
                new TerritoryImport.Qpv(c.commune(), ImportChecks.territoryOf(c.territory(), fallback))));
        dataset.candidates().stream().filter(c -> c.qpvCode() != null).forEach(c -> qpvs.putIfAbsent(c.qpvCode(),
                new TerritoryImport.Qpv(c.commune(), ImportChecks.territoryOf(c.territory(), fallback))));
        territories.createMissingQpvs(qpvs);
        Map<String, Long> buyerIds = new HashMap<>();
        List<String> buyersCreated = contracts.createBuyers(dataset.contracts(), buyerIds);
        people.insert(dataset.candidates(), c -> ImportChecks.territoryOf(c.territory(), fallback), actor, LocalDate.now(clock));
        audit.recordEach(actor, AuditAction.CREATE, AuditLog.CANDIDATE,
                dataset.candidates().stream().map(CandidateRow::id).toList(), "import au format d'échange");
        Map<String, Long> contractIds = contracts.insertContracts(dataset.contracts(),
                c -> ImportChecks.territoryOf(c.territory(), fallback), buyerIds);
        contracts.insertSlots(dataset.slots(), contractIds);
        return new ImportReport(dataset.candidates().size(), dataset.contracts().size(), dataset.slots().size(),
                territoriesCreated, buyersCreated, (System.nanoTime() - started) / 1_000_000);
    }
}
