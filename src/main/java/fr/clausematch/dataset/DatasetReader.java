package fr.clausematch.dataset;

import fr.clausematch.limits.FieldLimits;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.Gender;
import fr.clausematch.matching.model.LegalBasis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads a dataset of the exchange format (DATA-FORMAT.md) and checks every rule of it. The three
 * files are streamed with Apache Commons CSV (RFC 4180); a file that breaks the format is refused
 * whole: every faulty line is collected (file, line number as in the file with the header on line
 * 1, column, reason in French) and a {@link DatasetFormatException} carries them all.
 *
 * <p>Choices where DATA-FORMAT.md is silent:
 * <ul>
 * <li>Every column must be in the header except {@code territory}; unknown columns are ignored.</li>
 * <li>Required cells. candidates: id, birth_year, latitude, longitude, max_distance_km,
 * max_hours_per_week, registered_on. contracts: all but commune, qpv_code and territory. slots: all but
 * min_qualification_level (empty = 0) and required_licences (empty = none). Other empty cells mean
 * "none" or "no bound"; an empty qualification_level means 0.</li>
 * <li>Code, number and date cells are trimmed of surrounding blanks; free text (commune, buyer,
 * title) is kept as written; buyer and title must not be blank, a blank commune is none. Free text
 * holds no control character (NUL...) and fits the schema ({@link FieldLimits}: commune 200,
 * buyer 200, title 500 characters).</li>
 * <li>qpv_code: a code of the 2024 or of the 2015 list ({@link fr.clausematch.limits.QpvCodes}).</li>
 * <li>territory: same syntax as an identifier (département code or an area code).</li>
 * <li>birth_year: four digits, 1900 to 2100; every date from 1900-01-01 to 2100-12-31.</li>
 * <li>Lists: an empty item ({@code B||C}) or a repeated item is an error.</li>
 * <li>hours_per_week, max_hours_per_week: 0 to 168 with at most one decimal.
 * max_distance_km: any non-negative decimal. Numbers are plain decimals (no sign +, no exponent,
 * no thousands separator).</li>
 * <li>end &gt;= start is checked on contracts, slots, and the availability window of candidates.
 * Slot dates are not required to lie within the contract's period, and required_hours is not
 * compared to the sum of the slots' hours (the format does not ask for it).</li>
 * <li>A line with a different number of cells than the header is an error; blank lines are
 * skipped; a malformed quote stops the reading of that file (the rest cannot be split reliably).</li>
 * <li>A slot whose contract_id names a contract line that exists but is faulty is not reported
 * again as missing.</li>
 * </ul>
 */
public class DatasetReader {

    /** Reads {@code candidates.csv}, {@code contracts.csv} and {@code slots.csv} from a folder. */
    public Dataset read(Path folder) {
        List<DatasetError> missing = new ArrayList<>();
        InputStream[] streams = new InputStream[3];
        String[] names = {DatasetColumns.CANDIDATES_FILE, DatasetColumns.CONTRACTS_FILE, DatasetColumns.SLOTS_FILE};
        try {
            for (int i = 0; i < names.length; i++) {
                Path file = folder.resolve(names[i]);
                if (Files.isRegularFile(file)) {
                    streams[i] = Files.newInputStream(file);
                } else {
                    missing.add(new DatasetError(names[i], 0, null, "fichier manquant : " + names[i]));
                }
            }
            return read(streams[0], streams[1], streams[2], missing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (InputStream stream : streams) {
                closeQuietly(stream);
            }
        }
    }

    /**
     * Reads the three files from streams (e.g. an HTTP upload); errors name them candidates.csv,
     * contracts.csv and slots.csv. A {@code null} stream is reported as a missing file. The streams
     * are closed.
     */
    public Dataset read(InputStream candidates, InputStream contracts, InputStream slots) {
        List<DatasetError> missing = new ArrayList<>();
        String[] names = {DatasetColumns.CANDIDATES_FILE, DatasetColumns.CONTRACTS_FILE, DatasetColumns.SLOTS_FILE};
        InputStream[] streams = {candidates, contracts, slots};
        for (int i = 0; i < 3; i++) {
            if (streams[i] == null) {
                missing.add(new DatasetError(names[i], 0, null, "fichier manquant : " + names[i]));
            }
        }
        return read(candidates, contracts, slots, missing);
    }

    private Dataset read(InputStream candidates, InputStream contracts, InputStream slots, List<DatasetError> errors) {
        Rows<CandidateRow> candidateRows = new Rows<>();
        Rows<ContractRow> contractRows = new Rows<>();
        Rows<SlotRow> slotRows = new Rows<>();
        if (candidates != null) {
            Map<String, Long> ids = new HashMap<>();
            readTable(DatasetColumns.CANDIDATES_FILE, candidates, DatasetColumns.CANDIDATES, errors,
                    c -> candidateRows.add(candidate(c, ids), c));
        }
        Map<String, Long> contractIds = new HashMap<>();
        boolean contractsRead = contracts != null
                && readTable(DatasetColumns.CONTRACTS_FILE, contracts, DatasetColumns.CONTRACTS, errors,
                        c -> contractRows.add(contract(c, contractIds), c));
        if (slots != null) {
            Map<String, Long> ids = new HashMap<>();
            Map<String, Long> known = contractsRead ? contractIds : null;
            readTable(DatasetColumns.SLOTS_FILE, slots, DatasetColumns.SLOTS, errors,
                    c -> slotRows.add(slot(c, ids, known), c));
        }
        if (!errors.isEmpty()) {
            errors.sort(ERROR_ORDER);
            throw new DatasetFormatException(errors);
        }
        return new Dataset(candidateRows.rows, contractRows.rows, slotRows.rows, Map.of(
                DatasetColumns.CANDIDATES_FILE, candidateRows.lines(),
                DatasetColumns.CONTRACTS_FILE, contractRows.lines(),
                DatasetColumns.SLOTS_FILE, slotRows.lines()));
    }

    /** The valid rows of a file and the line each starts on. */
    private static final class Rows<T> {
        final List<T> rows = new ArrayList<>();
        final List<Long> numbers = new ArrayList<>();

        void add(T row, RowChecker checker) {
            if (row != null) {
                rows.add(row);
                numbers.add(checker.lineNumber());
            }
        }

        long[] lines() {
            return numbers.stream().mapToLong(Long::longValue).toArray();
        }
    }

    private static CandidateRow candidate(RowChecker c, Map<String, Long> ids) {
        String id = unique(c, c.id("id", true), ids);
        String gender = c.choiceOrEmpty("gender", "genre invalide (attendu F, M ou vide)", "F", "M");
        Integer birthYear = c.year("birth_year");
        String commune = c.optionalText("commune", FieldLimits.COMMUNE);
        Double latitude = c.coordinate("latitude", 90);
        Double longitude = c.coordinate("longitude", 180);
        String qpv = c.qpv("qpv_code");
        Set<EligibilityCriterion> eligibility = c.criteria("eligibility");
        LocalDate eligibilityUntil = c.date("eligibility_until", false);
        List<String> trades = c.codes("trades", RowChecker.ROME, ROME_REASON);
        Integer level = c.level("qualification_level");
        List<String> licences = c.codes("licences", RowChecker.LICENCE, LICENCE_REASON);
        Double distance = c.distance("max_distance_km");
        LocalDate from = c.date("available_from", false);
        LocalDate until = c.date("available_until", false);
        c.order(from, until, "available_until");
        BigDecimal maxWeek = c.weekly("max_hours_per_week");
        LocalDate registeredOn = c.date("registered_on", true);
        String territory = c.id(DatasetColumns.TERRITORY, false);
        if (!c.ok()) {
            return null;
        }
        return new CandidateRow(id, gender == null ? null : Gender.valueOf(gender), birthYear, commune, latitude,
                longitude, qpv, eligibility, eligibilityUntil, trades, level, licences, distance, from, until,
                maxWeek, registeredOn, territory);
    }

    private static ContractRow contract(RowChecker c, Map<String, Long> ids) {
        String id = unique(c, c.id("id", true), ids);
        String buyer = c.text("buyer", FieldLimits.BUYER);
        String title = c.text("title", FieldLimits.TITLE);
        ContractType type = c.enumValue("type", ContractType.class,
                "type de marché inconnu (attendu WORKS, SERVICES ou INTELLECTUAL_SERVICES)");
        LegalBasis basis = c.enumValue("legal_basis", LegalBasis.class, "base juridique inconnue (attendu "
                + "EXECUTION_CLAUSE, AWARD_CRITERION, RESERVED_SIAE, RESERVED_DISABILITY ou INSERTION_CONTRACT)");
        String anru = c.choice("anru", "valeur invalide (attendu true ou false)", "true", "false");
        String commune = c.optionalText("commune", FieldLimits.COMMUNE);
        Double latitude = c.coordinate("latitude", 90);
        Double longitude = c.coordinate("longitude", 180);
        String qpv = c.qpv("qpv_code");
        LocalDate start = c.date("start_date", true);
        LocalDate end = c.date("end_date", true);
        c.order(start, end, "end_date");
        Integer hours = c.hours("required_hours");
        String territory = c.id(DatasetColumns.TERRITORY, false);
        if (!c.ok()) {
            return null;
        }
        return new ContractRow(id, buyer, title, type, basis, Boolean.parseBoolean(anru), commune, latitude,
                longitude, qpv, start, end, hours, territory);
    }

    private static SlotRow slot(RowChecker c, Map<String, Long> ids, Map<String, Long> contracts) {
        String id = unique(c, c.id("id", true), ids);
        String contractId = c.id("contract_id", true);
        if (contractId != null && contracts != null && !contracts.containsKey(contractId)) {
            c.error("contract_id", "le contrat " + contractId + " n'existe pas dans " + DatasetColumns.CONTRACTS_FILE);
        }
        String trade = c.rome("trade", ROME_REASON);
        Integer hours = c.hours("hours");
        LocalDate start = c.date("start_date", true);
        LocalDate end = c.date("end_date", true);
        c.order(start, end, "end_date");
        BigDecimal perWeek = c.weekly("hours_per_week");
        Integer level = c.level("min_qualification_level");
        List<String> licences = c.codes("required_licences", RowChecker.LICENCE, LICENCE_REASON);
        if (!c.ok()) {
            return null;
        }
        return new SlotRow(id, contractId, trade, hours, start, end, perWeek, level, licences);
    }

    private static final String ROME_REASON = "code ROME invalide (attendu une lettre majuscule et 4 chiffres, ex. F1704)";
    private static final String LICENCE_REASON = "code de permis ou d'habilitation invalide (attendu A-Z, 0-9 et _)";

    /** Records the id's line; reports a repeated id. Ids of faulty lines count too. */
    private static String unique(RowChecker c, String id, Map<String, Long> ids) {
        if (id == null) {
            return null;
        }
        Long first = ids.putIfAbsent(id, c.lineNumber());
        if (first != null) {
            c.error("id", "identifiant en double (déjà ligne " + first + ")");
        }
        return id;
    }

    private static final Comparator<DatasetError> ERROR_ORDER = Comparator
            .comparingInt((DatasetError e) -> fileRank(e.file()))
            .thenComparingLong(DatasetError::line);

    private static int fileRank(String file) {
        return switch (file) {
            case DatasetColumns.CANDIDATES_FILE -> 0;
            case DatasetColumns.CONTRACTS_FILE -> 1;
            default -> 2;
        };
    }

    private static boolean readTable(String file, InputStream in, List<String> columns, List<DatasetError> errors,
                                     Consumer<RowChecker> handler) {
        return CsvTable.read(file, in, required(columns), columns, errors,
                (table, line) -> handler.accept(new RowChecker(table, line, errors)));
    }

    private static List<String> required(List<String> columns) {
        return columns.stream().filter(c -> !DatasetColumns.TERRITORY.equals(c)).toList();
    }

    private static void closeQuietly(InputStream stream) {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // already read or failed; nothing to do
            }
        }
    }
}
