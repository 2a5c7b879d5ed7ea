package fr.clausematch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.DatasetError;
import fr.clausematch.dataset.DatasetFormatException;
import fr.clausematch.dataset.SlotRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SolveCommandTest {

    private static final Dataset DATASET = new fr.clausematch.dataset.generator.DatasetGenerator(
            fr.clausematch.dataset.generator.DatasetGenerator.Profile.bourgogneFrancheComte()).generate(200, 40, 60, 3);

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private int run(SolveCommand command, String... args) throws Exception {
        return command.run(List.of(args), out, err);
    }

    private static SolveCommand reading(Dataset dataset) {
        return new SolveCommand(folder -> dataset);
    }

    @Test
    void writesAssignmentsAndSummary(@TempDir Path dir) throws Exception {
        Path outDir = dir.resolve("out");
        int status = run(reading(DATASET), "--dataset", dir.resolve("in").toString(), "--out", outDir.toString(), "--seconds", "2");
        assertThat(status).as(errBytes.toString(StandardCharsets.UTF_8)).isZero();
        List<String> lines = Files.readAllLines(outDir.resolve("assignments.csv"));
        assertThat(lines.get(0)).isEqualTo("slot_id,candidate_id");
        assertThat(lines).hasSize(DATASET.slots().size() + 1);
        assertThat(lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)[0]).collect(Collectors.toList()))
                .containsExactlyElementsOf(DATASET.slots().stream().map(SlotRow::id).toList());
        Set<String> candidateIds = DATASET.candidates().stream().map(c -> c.id()).collect(Collectors.toSet());
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            assertThat(cells).hasSize(2);
            assertThat(cells[1].isEmpty() || candidateIds.contains(cells[1])).isTrue();
        }
        JsonNode summary = new ObjectMapper().readTree(outDir.resolve("summary.json").toFile());
        assertThat(summary.get("score").asText()).matches("-?\\d+hard/-?\\d+medium/-?\\d+soft");
        long total = DATASET.slots().stream().mapToLong(SlotRow::hours).sum();
        assertThat(summary.get("hoursTotal").asLong()).isEqualTo(total);
        for (String field : List.of("hoursAssigned", "hoursAssignedWomen", "hoursAssignedQpv", "candidatesAssigned", "solveMillis")) {
            assertThat(summary.has(field)).as(field).isTrue();
        }
        long assigned = summary.get("hoursAssigned").asLong();
        long byType = 0;
        for (String type : List.of("WORKS", "SERVICES", "INTELLECTUAL_SERVICES")) {
            JsonNode node = summary.get("byContractType").get(type);
            for (String field : List.of("hoursAssigned", "hoursAssignedWomen", "hoursAssignedQpv")) {
                assertThat(node.has(field)).as(type + "." + field).isTrue();
            }
            byType += node.get("hoursAssigned").asLong();
        }
        assertThat(byType).isEqualTo(assigned);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("Meilleur score");
    }

    @Test
    void theSummaryCarriesTheCommutingAndItsCo2AtTheFactorAsked(@TempDir Path dir) throws Exception {
        Path byDefault = dir.resolve("default");
        assertThat(run(reading(DATASET), "--dataset", dir.resolve("in").toString(), "--out", byDefault.toString(),
                "--strategy", "baseline", "--bound", "no")).isZero();
        Path half = dir.resolve("half");
        assertThat(run(reading(DATASET), "--dataset", dir.resolve("in").toString(), "--out", half.toString(),
                "--strategy", "baseline", "--bound", "no", "--co2-kg-per-km", "0,5")).isZero();
        JsonNode first = new ObjectMapper().readTree(byDefault.resolve("summary.json").toFile());
        JsonNode second = new ObjectMapper().readTree(half.resolve("summary.json").toFile());
        double km = first.get("kmTotal").asDouble();
        assertThat(km).as("people travel to the sites they fill").isPositive();
        assertThat(first.get("co2KgPerKm").asDouble()).isEqualTo(0.218);
        assertThat(first.get("co2Kg").asDouble()).isCloseTo(km * 0.218, org.assertj.core.api.Assertions.within(0.1));
        assertThat(first.get("baselineKmTotal").asDouble()).as("the baseline is the plan").isEqualTo(km);
        assertThat(second.get("kmTotal").asDouble()).isEqualTo(km);
        assertThat(second.get("co2KgPerKm").asDouble()).isEqualTo(0.5);
        assertThat(second.get("co2Kg").asDouble()).isCloseTo(km * 0.5, org.assertj.core.api.Assertions.within(0.1));
        assertThat(run(reading(DATASET), "--dataset", dir.resolve("in").toString(), "--out", half.toString(),
                "--co2-kg-per-km", "-1")).isEqualTo(Command.USAGE_ERROR);
    }

    @Test
    void theSummaryCarriesAProvenUpperBoundAboveThePlanAndTheBaseline(@TempDir Path dir) throws Exception {
        for (String strategy : List.of("optimize", "baseline")) {
            Path outDir = dir.resolve(strategy);
            assertThat(run(reading(DATASET), "--dataset", "in", "--out", outDir.toString(), "--seconds", "2",
                    "--strategy", strategy, "--bound-seconds", "5")).as(errBytes.toString(StandardCharsets.UTF_8)).isZero();
            JsonNode summary = new ObjectMapper().readTree(outDir.resolve("summary.json").toFile());
            long filled = summary.get("hoursAssigned").asLong();
            long bound = summary.get("hoursUpperBound").asLong();
            assertThat(bound).as(strategy).isGreaterThanOrEqualTo(filled)
                    .isGreaterThanOrEqualTo(summary.get("hoursBestKnown").asLong())
                    .isLessThanOrEqualTo(summary.get("hoursTotal").asLong());
            assertThat(summary.get("hoursUpperBoundKind").asText()).as("60 slots: solved to optimality").isEqualTo("exact");
            assertThat(summary.get("gapPercent").asDouble())
                    .isCloseTo(100.0 * (bound - filled) / bound, org.assertj.core.data.Offset.offset(0.006));
        }
        assertThat(outBytes.toString(StandardCharsets.UTF_8)).contains("de la borne prouvée");
        Path without = dir.resolve("without");
        assertThat(run(reading(DATASET), "--dataset", "in", "--out", without.toString(), "--seconds", "1", "--bound", "no")).isZero();
        assertThat(new ObjectMapper().readTree(without.resolve("summary.json").toFile()).has("hoursUpperBound")).isFalse();
    }

    @Test
    void baselineStrategy(@TempDir Path dir) throws Exception {
        int status = run(reading(DATASET), "--dataset", "x", "--out", dir.toString(), "--strategy", "baseline");
        assertThat(status).isZero();
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertThat(summary.get("strategy").asText()).isEqualTo("baseline");
        assertThat(summary.get("score").asText()).startsWith("0hard/");
    }

    @Test
    void oneSearchOverTheWholeDatasetOrOnePerPartFillAtLeastTheBaselineEitherWay(@TempDir Path dir) throws Exception {
        long baselineHours = -1;
        for (String split : new String[] {"no", "yes"}) {
            Path outDir = dir.resolve("out-" + split);
            assertThat(run(reading(DATASET), "--dataset", "in", "--out", outDir.toString(), "--seconds", "2", "--split", split))
                    .as(errBytes.toString(StandardCharsets.UTF_8)).isZero();
            JsonNode summary = new ObjectMapper().readTree(outDir.resolve("summary.json").toFile());
            assertThat(summary.get("feasible").asBoolean()).isTrue();
            if (baselineHours < 0) {
                Path baselineDir = dir.resolve("baseline");
                run(reading(DATASET), "--dataset", "in", "--out", baselineDir.toString(), "--strategy", "baseline");
                baselineHours = new ObjectMapper().readTree(baselineDir.resolve("summary.json").toFile()).get("hoursAssigned").asLong();
            }
            assertThat(summary.get("hoursAssigned").asLong()).as("split " + split).isGreaterThanOrEqualTo(baselineHours);
        }
    }

    @Test
    void badArgumentsExit2AndWriteNothing(@TempDir Path dir) throws Exception {
        SolveCommand command = reading(DATASET);
        assertThat(run(command)).isEqualTo(2);
        assertThat(run(command, "--dataset", "x")).isEqualTo(2);
        assertThat(run(command, "--dataset", "x", "--out", dir.toString(), "--seconds", "abc")).isEqualTo(2);
        assertThat(run(command, "--dataset", "x", "--out", dir.toString(), "--seconds", "0")).isEqualTo(2);
        assertThat(run(command, "--dataset", "x", "--out", dir.toString(), "--strategy", "random")).isEqualTo(2);
        assertThat(run(command, "--dataset", "x", "--out", dir.toString(), "--threads")).isEqualTo(2);
        assertThat(run(command, "--dataset", "x", "--out", dir.toString(), "--bogus", "1")).isEqualTo(2);
        assertThat(run(command, "--dataset", "x", "--out", dir.toString(), "--split", "maybe")).isEqualTo(2);
        assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("Usage");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void badInputListsEveryErrorExits2AndWritesNothing(@TempDir Path dir) throws Exception {
        SolveCommand command = new SolveCommand(folder -> {
            throw new DatasetFormatException(List.of(
                    new DatasetError("slots.csv", 3, "contract_id", "marché inconnu K9"),
                    new DatasetError("candidates.csv", 7, "latitude", "latitude hors bornes : 123")));
        });
        Path outDir = dir.resolve("out");
        assertThat(run(command, "--dataset", "x", "--out", outDir.toString())).isEqualTo(2);
        String errors = errBytes.toString(StandardCharsets.UTF_8);
        assertThat(errors).contains("slots.csv:3 [contract_id]").contains("candidates.csv:7 [latitude]");
        assertThat(outDir).doesNotExist();
    }

    @Test
    void datasetMapperConvertsWeeklyHoursToTenths() {
        assertThat(fr.clausematch.matching.model.WeeklyHours.tenths(new java.math.BigDecimal("17.5"))).isEqualTo(175);
        assertThat(fr.clausematch.matching.model.WeeklyHours.tenths(new java.math.BigDecimal("35"))).isEqualTo(350);
        var plan = DatasetProblems.toProblem("t", DATASET, fr.clausematch.matching.constraints.MatchingSettings.defaults());
        assertThat(plan.getSlots()).hasSize(DATASET.slots().size());
        assertThat(plan.getCandidates()).hasSize(DATASET.candidates().size());
    }
}
