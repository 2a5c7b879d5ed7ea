package fr.clausematch.exchange;

import fr.clausematch.audit.AuditAction;
import fr.clausematch.audit.AuditLog;
import fr.clausematch.dataset.CandidateRow;
import fr.clausematch.dataset.ContractRow;
import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.DatasetError;
import fr.clausematch.dataset.DatasetFormatException;
import fr.clausematch.dataset.SlotRow;
import fr.clausematch.territory.TerritoryNames;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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
    private static final int BATCH = 2_000;

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
        List<DatasetError> errors = new ArrayList<>();
        checkTerritories(dataset, fallback, errors);
        checkAllowed(dataset, fallback, allowed, errors);
        checkExisting(dataset, "candidate", CANDIDATES, dataset.candidates().stream().map(CandidateRow::id).toList(), errors);
        checkExisting(dataset, "contract", CONTRACTS, dataset.contracts().stream().map(ContractRow::id).toList(), errors);
        checkExisting(dataset, "slot", SLOTS, dataset.slots().stream().map(SlotRow::id).toList(), errors);
        if (!errors.isEmpty()) {
            throw new DatasetFormatException(errors);
        }

        List<String> territoriesCreated = createTerritories(dataset, fallback);
        createQpvs(dataset, fallback);
        Map<String, Long> buyerIds = new HashMap<>();
        List<String> buyersCreated = createBuyers(dataset, buyerIds);
        insertCandidates(dataset.candidates(), fallback, actor);
        audit.recordEach(actor, AuditAction.CREATE, AuditLog.CANDIDATE,
                dataset.candidates().stream().map(CandidateRow::id).toList(), "import au format d'échange");
        Map<String, Long> contractIds = insertContracts(dataset.contracts(), fallback, buyerIds);
        insertSlots(dataset.slots(), contractIds);
        return new ImportReport(dataset.candidates().size(), dataset.contracts().size(), dataset.slots().size(),
                territoriesCreated, buyersCreated, (System.nanoTime() - started) / 1_000_000);
    }

    private static String territoryOf(String rowTerritory, String fallback) {
        return rowTerritory == null || rowTerritory.isBlank() ? fallback : rowTerritory;
    }

    private static void checkTerritories(Dataset dataset, String fallback, List<DatasetError> errors) {
        if (fallback != null) {
            return;
        }
        String reason = "territoire absent : remplissez la colonne territory ou choisissez un territoire pour l'import";
        List<CandidateRow> candidates = dataset.candidates();
        for (int i = 0; i < candidates.size(); i++) {
            if (territoryOf(candidates.get(i).territory(), null) == null) {
                errors.add(new DatasetError(CANDIDATES, DatasetLines.lineOf(dataset, CANDIDATES, i), "territory", reason));
            }
        }
        List<ContractRow> contracts = dataset.contracts();
        for (int i = 0; i < contracts.size(); i++) {
            if (territoryOf(contracts.get(i).territory(), null) == null) {
                errors.add(new DatasetError(CONTRACTS, DatasetLines.lineOf(dataset, CONTRACTS, i), "territory", reason));
            }
        }
    }

    private static void checkAllowed(Dataset dataset, String fallback, Predicate<String> allowed, List<DatasetError> errors) {
        List<CandidateRow> candidates = dataset.candidates();
        for (int i = 0; i < candidates.size(); i++) {
            refuseOutside(territoryOf(candidates.get(i).territory(), fallback), allowed, dataset, CANDIDATES, i, errors);
        }
        List<ContractRow> contracts = dataset.contracts();
        for (int i = 0; i < contracts.size(); i++) {
            refuseOutside(territoryOf(contracts.get(i).territory(), fallback), allowed, dataset, CONTRACTS, i, errors);
        }
    }

    private static void refuseOutside(String territory, Predicate<String> allowed, Dataset dataset, String file, int index,
                                      List<DatasetError> errors) {
        if (territory != null && !allowed.test(territory)) {
            errors.add(new DatasetError(file, DatasetLines.lineOf(dataset, file, index), "territory",
                    "territoire " + territory + " : vous n'avez pas accès à ce territoire"));
        }
    }

    private void checkExisting(Dataset dataset, String table, String file, List<String> ids, List<DatasetError> errors) {
        Set<String> existing = new HashSet<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
            existing.addAll(jdbc.queryForList("SELECT external_id FROM " + table + " WHERE external_id = ANY (?)",
                    String.class, (Object) chunk.toArray(String[]::new)));
        }
        if (existing.isEmpty()) {
            return;
        }
        for (int i = 0; i < ids.size(); i++) {
            if (existing.contains(ids.get(i))) {
                errors.add(new DatasetError(file, DatasetLines.lineOf(dataset, file, i), "id",
                        "l'identifiant " + ids.get(i) + " existe déjà dans la base : il n'est pas remplacé"));
            }
        }
    }

    private List<String> createTerritories(Dataset dataset, String fallback) {
        Set<String> codes = new LinkedHashSet<>();
        dataset.candidates().forEach(c -> codes.add(territoryOf(c.territory(), fallback)));
        dataset.contracts().forEach(c -> codes.add(territoryOf(c.territory(), fallback)));
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
                qpvs.putIfAbsent(c.qpvCode(), new String[]{c.commune(), territoryOf(c.territory(), fallback)}));
        dataset.candidates().stream().filter(c -> c.qpvCode() != null).forEach(c ->
                qpvs.putIfAbsent(c.qpvCode(), new String[]{c.commune(), territoryOf(c.territory(), fallback)}));
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

    private List<Long> nextIds(String sequence, int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.queryForList("SELECT nextval('" + sequence + "') FROM generate_series(1, ?)", Long.class, count);
    }

    private void insertCandidates(List<CandidateRow> rows, String fallback, String actor) {
        List<Long> ids = nextIds("candidate_id_seq", rows.size());
        LocalDate today = LocalDate.now(clock);
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

    private Map<String, Long> insertContracts(List<ContractRow> rows, String fallback, Map<String, Long> buyerIds) {
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

    private void insertSlots(List<SlotRow> rows, Map<String, Long> contractIds) {
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
