package fr.clausematch.dataset;

import java.io.OutputStream;
import java.nio.file.Path;

// TEMPORARY STUB - replaced by the dataset branch
public class DatasetWriter {
    public void write(Dataset d, Path folder) { throw new UnsupportedOperationException(); }
    public void write(Dataset d, OutputStream candidates, OutputStream contracts, OutputStream slots) { throw new UnsupportedOperationException(); }
}
