package fr.clausematch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.clausematch.dataset.Dataset;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.analysis.Commuting;
import fr.clausematch.matching.analysis.FirstComeFirstServed;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.constraints.MatchingSettings;
import fr.clausematch.matching.search.MatchingSolver;
import fr.clausematch.matching.analysis.PlanIndicators;
import fr.clausematch.matching.exact.PlanBound;
import fr.clausematch.matching.model.Slot;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code solve --dataset DIR --out DIR [--seconds N] [--strategy optimize|baseline] [--threads N] [--co2-kg-per-km F]}:
 * reads a dataset, plans it (solver or first-come-first-served baseline) and writes
 * {@code assignments.csv} and {@code summary.json} as DATA-FORMAT.md says. No Spring, no database.
 */
public class SolveCommand implements Command {

    /** Reads a dataset folder (the dataset package's reader; replaceable in tests). */
    @FunctionalInterface
    public interface DatasetSource {
        Dataset read(Path folder) throws Exception;
    }

    /** Parts with more pairs (slot, person) than this are bounded by their slots' hours, not by CP-SAT (memory). */
    static final long BOUND_MAX_PART_PAIRS = 500_000;
    /**
     * Up to this many slots the bound is computed unless {@code --bound no}: on the national problem it takes some 3 GB
     * more than the solve (OR-Tools' native memory beside a full heap), past a 4 GB machine.
     */
    static final int BOUND_DEFAULT_MAX_SLOTS = 50_000;
    /** CP-SAT workers of the bound (its portfolio; more than the cores is allowed). */
    static final int BOUND_WORKERS = 8;

    private final DatasetSource source;

    public SolveCommand() {
        this(DatasetProblems::readDataset);
    }

    public SolveCommand(DatasetSource source) {
        this.source = source;
    }

    /** Standalone entry (the jar's dispatcher is the usual one). */
    public static void main(String[] args) throws Exception {
        System.exit(new SolveCommand().run(List.of(args), System.out, System.err));
    }

    @Override
    public String name() {
        return "solve";
    }

    @Override
    public String usage() {
        return "solve --dataset DIR --out DIR [--seconds N] [--strategy optimize|baseline] [--threads N] [--split yes|no]\n"
                + "      [--bound yes|no] [--bound-seconds N] [--co2-kg-per-km F]\n"
                + "  Plans a dataset folder (candidates.csv, contracts.csv, slots.csv) and writes assignments.csv\n"
                + "  and summary.json into --out. --seconds: time limit of the solver (default: solver-config),\n"
                + "  --strategy baseline: first come, first served; --threads: move threads (default: none);\n"
                + "  --split no: one search over the whole dataset instead of one per independent part (default yes);\n"
                + "  --bound (default yes up to " + BOUND_DEFAULT_MAX_SLOTS + " slots): a proven upper bound on the hours any plan could fill, by the exact reference\n"
                + "  (CP-SAT, --bound-seconds, default 10; parts of more than " + BOUND_MAX_PART_PAIRS + " pairs: their slots' hours),\n"
                + "  written into summary.json as hoursUpperBound and gapPercent.\n"
                + "  --co2-kg-per-km: emission factor of the commuting (kmTotal, co2Kg of summary.json, beside the baseline's),\n"
                + "  kg CO2e per km (default " + Commuting.DEFAULT_CO2_KG_PER_KM + ", a car: ADEME, Impact CO2 2025-10).";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Path datasetDir;
        Path outDir;
        Duration seconds;
        Integer threads;
        boolean baseline;
        boolean split;
        Boolean boundAsked;
        int boundSeconds;
        double co2KgPerKm;
        try {
            CommandArguments options = CommandArguments
                    .parse(args, Set.of("dataset", "out", "seconds", "strategy", "threads", "split", "bound", "bound-seconds",
                            "co2-kg-per-km"))
                    .expectPositional(0);
            split = options.yesNoOption("split", true);
            boundAsked = options.option("bound") == null ? null : options.yesNoOption("bound", true);
            boundSeconds = options.intOption("bound-seconds", 10, 1, 86_400);
            co2KgPerKm = co2Factor(options.option("co2-kg-per-km"));
            datasetDir = Path.of(options.requiredOption("dataset"));
            outDir = Path.of(options.requiredOption("out"));
            seconds = options.option("seconds") == null ? null
                    : Duration.ofSeconds(options.intOption("seconds", 0, 1, 9_999_999));
            threads = options.option("threads") == null ? null : options.intOption("threads", 0, 1, 256);
            String strategy = options.option("strategy", "optimize");
            if (!strategy.equals("optimize") && !strategy.equals("baseline")) {
                throw new UsageException("--strategy attend optimize ou baseline : " + strategy);
            }
            baseline = strategy.equals("baseline");
        } catch (UsageException e) {
            err.println("Erreur : " + e.getMessage());
            err.println("Usage : " + usage());
            return USAGE_ERROR;
        }

        Dataset dataset = DatasetProblems.readOrReport(source, datasetDir, err);
        if (dataset == null) {
            return USAGE_ERROR;
        }
        long start = System.nanoTime();
        MatchingPlan problem = DatasetProblems.toProblem(datasetDir.getFileName() == null ? "dataset"
                : datasetDir.getFileName().toString(), dataset, MatchingSettings.defaults());
        MatchingPlan plan;
        if (baseline) {
            plan = FirstComeFirstServed.plan(problem);
            MatchingSolver.score(plan);
        } else {
            java.util.concurrent.atomic.AtomicReference<Object> lastShown = new java.util.concurrent.atomic.AtomicReference<>();
            MatchingSolver.PartProgress progress = (part, parts, best, wholeHours) -> {
                lastShown.set(best.getScore());
                err.println((parts == 1 ? "" : "Partie " + part + "/" + parts + " (" + best.getSlots().size() + " créneaux), ")
                        + "Meilleur score : " + best.getScore() + " (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
            };
            plan = split ? MatchingSolver.solveInParts(problem, seconds, threads, progress)
                    : MatchingSolver.solve(problem, seconds, threads, best -> progress.onBest(1, 1, best, best.filledHours()));
            if (!java.util.Objects.equals(lastShown.get(), plan.getScore())) {
                // the whole plan (several parts), or the start when the search found nothing better
                err.println("Meilleur score : " + plan.getScore() + " (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
            }
        }
        long solveMillis = (System.nanoTime() - start) / 1_000_000;
        PlanBound upper = null;
        if (boundAsked == null ? problem.getSlots().size() <= BOUND_DEFAULT_MAX_SLOTS : boundAsked) {
            upper = PlanBound.of(problem, plan, Duration.ofSeconds(boundSeconds), BOUND_WORKERS, BOUND_MAX_PART_PAIRS);
        }
        Files.createDirectories(outDir);
        writeAssignments(plan, outDir.resolve("assignments.csv"));
        MatchingPlan reference = baseline ? plan : FirstComeFirstServed.plan(problem);
        writeSummary(plan, reference, co2KgPerKm, solveMillis, baseline ? "baseline" : "optimize", upper,
                outDir.resolve("summary.json"));
        PlanIndicators.Figures total = PlanIndicators.of(plan).total();
        out.println("Score " + plan.getScore() + " ; " + total.hoursAssigned() + " h pourvues sur "
                + total.hoursInSlots() + (upper == null ? "" : String.format(Locale.ROOT,
                " (%.2f %% de la borne prouvée, %d h, %s)", 100 - upper.gapPercent(total.hoursAssigned()),
                upper.hoursUpperBound(), upper.kind())) + " ; écrit dans " + outDir);
        return 0;
    }

    static void writeAssignments(MatchingPlan plan, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("slot_id,candidate_id\n");
            for (Slot s : plan.getSlots()) {
                w.write(s.getId());
                w.write(',');
                if (s.getCandidate() != null) {
                    w.write(s.getCandidate().id());
                }
                w.write('\n');
            }
        }
    }

    /** The factor of {@code --co2-kg-per-km}: a number ≥ 0, the default when absent. */
    static double co2Factor(String value) throws UsageException {
        if (value == null) {
            return Commuting.DEFAULT_CO2_KG_PER_KM;
        }
        try {
            double factor = Double.parseDouble(value.replace(',', '.'));
            if (factor >= 0 && !Double.isInfinite(factor)) {
                return factor;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--co2-kg-per-km attend un nombre ≥ 0 (kg CO2e par km) : " + value);
    }

    /**
     * The summary, with the proven upper bound when {@code upper} is given: {@code hoursUpperBound} (no plan can fill
     * more), {@code gapPercent} (how far this plan is below it, % of the bound), {@code hoursUpperBoundKind}
     * ({@link PlanBound#kind()}), {@code hoursBestKnown} (this plan's or the exact reference's, the more) and
     * {@code hoursUpperBoundMillis}; and the commuting the plan implies (the rule of {@link Commuting}): {@code kmTotal}
     * and {@code co2Kg} at {@code co2KgPerKm} ({@code co2KgPerKm} too), beside the first-come-first-served
     * {@code reference}'s ({@code baselineKmTotal}, {@code baselineCo2Kg}) when given.
     */
    static ObjectNode summary(MatchingPlan plan, MatchingPlan reference, double co2KgPerKm, long solveMillis, String strategy,
                              PlanBound upper) {
        PlanIndicators indicators = PlanIndicators.of(plan, co2KgPerKm);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("score", String.valueOf(plan.getScore()));
        root.put("feasible", plan.getScore() != null && plan.getScore().isFeasible());
        root.put("strategy", strategy);
        putFigures(root, indicators.total());
        ObjectNode byType = root.putObject("byContractType");
        for (ContractType type : ContractType.values()) {
            PlanIndicators.Figures f = indicators.byContractType().get(type);
            ObjectNode node = byType.putObject(type.name());
            if (f == null) {
                node.put("hoursTotal", 0).put("hoursAssigned", 0).put("hoursAssignedWomen", 0).put("hoursAssignedQpv", 0);
            } else {
                putFigures(node, f);
            }
        }
        root.put("candidatesAssigned", indicators.candidatesAssigned());
        root.put("slotsTotal", indicators.total().slots());
        root.put("slotsAssigned", indicators.total().slotsFilled());
        root.put("fte", Math.round(indicators.total().fte() * 100) / 100.0);
        root.put("solveMillis", solveMillis);
        root.put("kmTotal", indicators.kmTotal());
        root.put("co2Kg", indicators.co2Kg());
        root.put("co2KgPerKm", co2KgPerKm);
        if (reference != null) {
            PlanIndicators base = PlanIndicators.of(reference, co2KgPerKm);
            root.put("baselineKmTotal", base.kmTotal());
            root.put("baselineCo2Kg", base.co2Kg());
        }
        if (upper != null) {
            long filled = indicators.total().hoursAssigned();
            root.put("hoursUpperBound", upper.hoursUpperBound());
            root.put("gapPercent", upper.gapPercent(filled));
            root.put("hoursUpperBoundKind", upper.kind());
            root.put("hoursBestKnown", upper.hoursBestKnown());
            root.put("hoursUpperBoundMillis", upper.millis());
        }
        return root;
    }

    private static void putFigures(ObjectNode node, PlanIndicators.Figures f) {
        node.put("hoursTotal", f.hoursInSlots());
        node.put("hoursAssigned", f.hoursAssigned());
        node.put("hoursAssignedWomen", f.hoursAssignedWomen());
        node.put("hoursAssignedQpv", f.hoursAssignedQpv());
    }

    static void writeSummary(MatchingPlan plan, MatchingPlan reference, double co2KgPerKm, long solveMillis, String strategy,
                             PlanBound upper, Path file) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(file.toFile(), summary(plan, reference, co2KgPerKm, solveMillis, strategy, upper));
    }
}
