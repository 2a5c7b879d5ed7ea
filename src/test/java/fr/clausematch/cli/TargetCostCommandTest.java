package fr.clausematch.cli;

import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.generator.DatasetGenerator;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code target-cost}: the curve's points, the baseline and the time, on a small generated dataset; bad options refused. */
class TargetCostCommandTest {

    private static final Dataset DATASET = new DatasetGenerator(DatasetGenerator.Profile.bourgogneFrancheComte())
            .generate(200, 40, 60, 3);

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    @Test
    void printsEachPointTheBaselineAndTheTime() throws Exception {
        int status = new TargetCostCommand(folder -> DATASET).run(List.of("--dataset", "in", "--share", "qpv",
                "--workers", "2", "--seconds-per-target", "3"), out, err);
        String printed = outBytes.toString(StandardCharsets.UTF_8);
        assertThat(status).as(errBytes.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(printed).contains("cible QPV").containsPattern("(?m)^aucune\\s+\\d+").containsPattern("(?m)^100\\.0 %\\s+\\d+")
                .contains("Premier arrivé, premier servi : ").containsPattern("\\d+ points, \\d+ paires sur \\d+ parties, \\d+ poids, [\\d.]+ s");
    }

    @Test
    void anUnknownShareIsAUsageError() throws Exception {
        int status = new TargetCostCommand(folder -> DATASET).run(List.of("--dataset", "in", "--share", "men"), out, err);
        assertThat(status).isEqualTo(Command.USAGE_ERROR);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("--share attend women ou qpv");
    }
}
