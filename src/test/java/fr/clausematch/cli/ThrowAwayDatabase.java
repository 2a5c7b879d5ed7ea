package fr.clausematch.cli;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Points the commands' embedded PostgreSQL at a fresh temporary folder for each test (kept between the
 * commands of one test), and back to the defaults afterwards.
 */
class ThrowAwayDatabase implements BeforeEachCallback, AfterEachCallback {

    private static final List<String> PROPERTIES = List.of("clausematch.embedded-db.data-directory",
            "spring.datasource.url", "clausematch.embedded-db.clean");

    private Path folder;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory("clausematch-cli-");
        System.setProperty("clausematch.embedded-db.data-directory", folder.resolve("pgdata").toString());
        System.setProperty("spring.datasource.url", "");
        System.setProperty("clausematch.embedded-db.clean", "false");
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        PROPERTIES.forEach(System::clearProperty);
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
