package fr.clausematch.dataset;

import java.io.InputStream;
import java.nio.file.Path;

// TEMPORARY STUB - replaced by the dataset branch
public class DatasetReader {
    public Dataset read(Path folder) { throw new UnsupportedOperationException(); }
    public Dataset read(InputStream candidates, InputStream contracts, InputStream slots) { throw new UnsupportedOperationException(); }
}
