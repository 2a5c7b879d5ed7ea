package fr.clausematch.support;

import fr.clausematch.dataset.DatasetReader;
import fr.clausematch.exchange.DatasetImporter;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The tiny sample (sample-data/tiny: 20 candidates, 6 contracts, 10 slots, territory 21 and 25) for tests
 * of the pages, and a way to put a plan with pairings in the database without the solver.
 */
public final class TinySample {

    private TinySample() {
    }

    public static Path folder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("sample-data").resolve("tiny");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("sample-data/tiny not found");
    }

    public static Path file(String name) {
        return folder().resolve(name);
    }

    /** The header line of one of the sample's files. */
    public static String header(String name) {
        try {
            return Files.readAllLines(file(name), java.nio.charset.StandardCharsets.UTF_8).get(0).replace("\uFEFF", "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static void load(DatasetImporter importer) {
        importer.importDataset(new DatasetReader().read(folder()), null, "test");
    }

    /** A new optimised plan of the territory pairing each slot with a candidate, all with one status. */
    public static long plan(JdbcTemplate jdbc, String territory, String status, String... slotThenCandidate) {
        Long plan = jdbc.queryForObject("""
                INSERT INTO plan (territory_code, strategy, status, started_at) VALUES (?, 'OPTIMIZE', 'DONE', now())
                RETURNING id""", Long.class, territory);
        for (int i = 0; i < slotThenCandidate.length; i += 2) {
            jdbc.update("""
                    INSERT INTO assignment (plan_id, slot_id, candidate_id, status)
                    VALUES (?, (SELECT id FROM slot WHERE external_id = ?), (SELECT id FROM candidate WHERE external_id = ?), ?)""",
                    plan, slotThenCandidate[i], slotThenCandidate[i + 1], status);
        }
        return plan;
    }
}
