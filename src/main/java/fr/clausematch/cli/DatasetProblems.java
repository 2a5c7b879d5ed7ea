package fr.clausematch.cli;

import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.DatasetProblemMapper;
import fr.clausematch.dataset.DatasetReader;
import fr.clausematch.matching.constraints.MatchingSettings;
import fr.clausematch.matching.model.MatchingInput;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.search.MatchingProblems;

import fr.clausematch.dataset.DatasetFormatException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * A dataset of the exchange format as a matching problem (the whole dataset is one problem, as DATA-FORMAT.md
 * says), by the rules the database's planning problem is built with too ({@link DatasetProblemMapper}), under
 * the settings of the command and with no pairing confirmed or rejected.
 */
public final class DatasetProblems {

    private DatasetProblems() {
    }

    public static MatchingPlan toProblem(String id, Dataset dataset, MatchingSettings settings) {
        MatchingInput facts = DatasetProblemMapper.INSTANCE.input(id, dataset);
        return MatchingProblems.create(new MatchingInput(id, facts.candidates(), facts.contracts(), facts.slots(),
                List.of(), List.of(), settings));
    }

    /**
     * Reads a dataset folder with {@code source}; a folder that breaks the format (every error listed) or cannot be read
     * is said on {@code err}, and the answer is null.
     */
    static Dataset readOrReport(SolveCommand.DatasetSource source, Path folder, PrintStream err) throws Exception {
        try {
            return source.read(folder);
        } catch (DatasetFormatException e) {
            ErrorListing.print(e, err, "Jeu de données refusé");
            return null;
        } catch (IOException e) {
            err.println("Lecture impossible de " + folder + " : " + e.getMessage());
            return null;
        }
    }

    /** Reads a dataset folder; a folder that breaks the format throws {@code DatasetFormatException} with every error. */
    static Dataset readDataset(Path folder) {
        return new DatasetReader().read(folder);
    }
}
