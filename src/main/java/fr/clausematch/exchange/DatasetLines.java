package fr.clausematch.exchange;

import fr.clausematch.dataset.Dataset;

/** Line numbers of a dataset's rows, for errors found after reading (conflicts with the database). */
final class DatasetLines {

    private DatasetLines() {
    }

    /** The physical line of the file where the {@code index}-th row of {@code file} starts (header = line 1). */
    static long lineOf(Dataset dataset, String file, int index) {
        return dataset.lineOf(file, index);
    }
}
