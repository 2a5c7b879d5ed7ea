package fr.clausematch.dataset;

/**
 * One fault of a dataset: the file, the line (1 = header), the column (null when the fault is
 * about the whole line or file) and the reason, in French for the people who fix the file.
 */
public record DatasetError(String file, long line, String column, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + (column == null ? "" : " [" + column + "]") + " : " + reason;
    }
}
