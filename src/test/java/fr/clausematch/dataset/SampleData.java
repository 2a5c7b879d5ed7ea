package fr.clausematch.dataset;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the committed sample-data folder whatever the working directory of the test run. */
public final class SampleData {

    private SampleData() {
    }

    public static Path folder(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("sample-data").resolve(name);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("sample-data/" + name + " not found");
    }
}
