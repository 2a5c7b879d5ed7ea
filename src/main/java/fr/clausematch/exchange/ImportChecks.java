package fr.clausematch.exchange;

import fr.clausematch.dataset.CandidateRow;
import fr.clausematch.dataset.ContractRow;
import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.DatasetError;
import fr.clausematch.dataset.SlotRow;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static fr.clausematch.shared.JdbcBatches.SIZE;
import static fr.clausematch.exchange.DatasetImporter.CANDIDATES;
import static fr.clausematch.exchange.DatasetImporter.CONTRACTS;
import static fr.clausematch.exchange.DatasetImporter.SLOTS;

/**
 * What an import checks against the database and the importer's rights before writing anything:
 * every row has a territory, in a territory the importer may write, and no id already exists.
 */
final class ImportChecks {

    private final JdbcTemplate jdbc;

    ImportChecks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every conflict of the dataset, with its file and line; empty when it may be written. */
    List<DatasetError> conflicts(Dataset dataset, String fallback, Predicate<String> allowed) {
        List<DatasetError> errors = new ArrayList<>();
        checkTerritories(dataset, fallback, errors);
        checkAllowed(dataset, fallback, allowed, errors);
        checkExisting(dataset, "candidate", CANDIDATES, dataset.candidates().stream().map(CandidateRow::id).toList(), errors);
        checkExisting(dataset, "contract", CONTRACTS, dataset.contracts().stream().map(ContractRow::id).toList(), errors);
        checkExisting(dataset, "slot", SLOTS, dataset.slots().stream().map(SlotRow::id).toList(), errors);
        return errors;
    }

    /** A row's territory, or the import's default when its cell is empty. */
    static String territoryOf(String rowTerritory, String fallback) {
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
        for (int from = 0; from < ids.size(); from += SIZE) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + SIZE));
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
}
