package fr.clausematch.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarkCommandTest {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private int run(String... args) throws Exception {
        return new BenchmarkCommand().run(List.of(args), out, err);
    }

    /** The table rows (not header nor separator), each split into its trimmed cells. */
    private List<String[]> rows() {
        return outBytes.toString(StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("| ") && !l.startsWith("| dataset"))
                .map(l -> Arrays.stream(l.substring(1, l.length() - 1).split("\\|")).map(String::trim).toArray(String[]::new))
                .toList();
    }

    @Test
    void measuresAGeneratedSizeAndADatasetFolderAgainstTheirBaselines() throws Exception {
        int status = run("--dataset", "sample-data/tiny", "--sizes", "200", "--seconds", "2", "--unimproved-seconds", "0");
        assertThat(status).as(errBytes.toString(StandardCharsets.UTF_8)).isZero();
        List<String[]> rows = rows();
        assertThat(rows).hasSize(2);
        assertThat(rows).allSatisfy(cells -> assertThat(cells).hasSize(18));
        assertThat(rows).allSatisfy(cells -> assertThat(cells[17]).as("commuting km / baseline's (CO2e kg)")
                .matches("\\d+ / \\d+ \\(\\d+ / \\d+\\)"));
        assertThat(rows.get(0)[0]).isEqualTo("tiny");
        assertThat(rows.get(1)[0]).isEqualTo("generated");
        assertThat(rows.get(1)[1]).isEqualTo("200");
        for (String[] cells : rows) {
            long baseline = Long.parseLong(cells[4]);
            long filled = Long.parseLong(cells[6].split(" / ")[0]);
            assertThat(filled).as("the solver starts from the baseline").isGreaterThanOrEqualTo(baseline);
            assertThat(cells[9]).matches("0hard/-?\\d+medium/-?\\d+soft");
            assertThat(Long.parseLong(cells[11])).as("score calculations per second").isPositive();
            assertThat(Long.parseLong(cells[12])).as("peak heap").isPositive();
            assertThat(cells[14]).as("the exact reference, by default up to 5,000 slots").matches("\\d+ \\(OPTIMAL, [\\d.]+ s\\)");
            long optimum = Long.parseLong(cells[14].split(" ")[0]);
            assertThat(filled).isLessThanOrEqualTo(optimum);
            assertThat(cells[15]).matches("\\d+\\.\\d\\d %");
        }
    }

    @Test
    void theWeeklyLoadProfileAgainstTheExactReference() throws Exception {
        assertThat(run("--profile", "weekly", "--sizes", "120", "--seconds", "2", "--exact-seconds", "20")).isZero();
        String[] cells = rows().get(0);
        assertThat(cells[0]).isEqualTo("generated weekly");
        assertThat(cells[2]).as("one person for eight slots").isEqualTo("15");
        long filled = Long.parseLong(cells[6].split(" / ")[0]);
        long optimum = Long.parseLong(cells[14].split(" ")[0]);
        assertThat(filled).isLessThanOrEqualTo(optimum);
        long engineShares = Long.parseLong(cells[16].split(" / ")[0]);
        assertThat(engineShares).isPositive();
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).doesNotContain("ATTENTION");
    }

    @Test
    void withoutTheExactReferenceItsCellsSaySo() throws Exception {
        assertThat(run("--sizes", "100", "--seconds", "1", "--exact", "no")).isZero();
        assertThat(rows().get(0)[14]).isEqualTo("not run");
    }

    @Test
    void partByPartTheRowHasTheWholeDatasetsFiguresAndNoSingleCalculationSpeed() throws Exception {
        assertThat(run("--sizes", "200", "--seconds", "2", "--split", "yes")).isZero();
        List<String[]> rows = rows();
        assertThat(rows).hasSize(1);
        String[] cells = rows.get(0);
        assertThat(cells[1]).isEqualTo("200");
        assertThat(Long.parseLong(cells[6].split(" / ")[0])).isGreaterThanOrEqualTo(Long.parseLong(cells[4]));
        assertThat(cells[11]).isEqualTo("n/a");
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).containsPattern("\\[200, part \\d+/\\d+\\]");
    }

    @Test
    void aDatasetAloneMeasuresOnlyThatFolder() throws Exception {
        assertThat(run("--dataset", "sample-data/tiny", "--seconds", "1")).isZero();
        assertThat(rows()).hasSize(1);
        assertThat(rows().get(0)[0]).isEqualTo("tiny");
    }

    @Test
    void aRefusedDatasetListsItsErrorsAndExitsWithStatus2(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("candidates.csv"), "id,gender\nP1,X\n");
        assertThat(run("--dataset", dir.toString(), "--seconds", "1")).isEqualTo(Command.USAGE_ERROR);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("Jeu de données refusé");
        assertThat(rows()).isEmpty();
    }

    @Test
    void theOptaPlannerBenchmarkConfigurationBuildsOnAProblem() {
        // builds every solver configuration of solver-config/benchmarkConfig.xml (names, phases, moves) without running them
        var config = org.optaplanner.benchmark.config.PlannerBenchmarkConfig.createFromXmlResource(BenchmarkCommand.BENCHMARK_CONFIG);
        var problem = DatasetProblems.toProblem("tiny", DatasetProblems.readDataset(Path.of("sample-data/tiny")),
                fr.clausematch.matching.constraints.MatchingSettings.defaults());
        var benchmark = org.optaplanner.benchmark.api.PlannerBenchmarkFactory.create(config).buildPlannerBenchmark(problem);
        assertThat(benchmark).isNotNull();
        assertThat(config.getSolverBenchmarkConfigList()).extracting(c -> c.getName())
                .first().asString().contains("shipped search");
    }

    @Test
    void badArgumentsPrintTheUsageAndExitWithStatus2() throws Exception {
        assertThat(run("--sizes", "deux")).isEqualTo(Command.USAGE_ERROR);
        assertThat(run("--unimproved-seconds", "-1")).isEqualTo(Command.USAGE_ERROR);
        assertThat(run("--frobnicate", "1")).isEqualTo(Command.USAGE_ERROR);
        assertThat(run("--split", "perhaps")).isEqualTo(Command.USAGE_ERROR);
        assertThat(run("--profile", "mars")).isEqualTo(Command.USAGE_ERROR);
        assertThat(run("--exact", "peut-être")).isEqualTo(Command.USAGE_ERROR);
        assertThat(run("--exact-seconds", "0")).isEqualTo(Command.USAGE_ERROR);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("Usage : benchmark");
        assertThat(rows()).isEmpty();
    }
}
