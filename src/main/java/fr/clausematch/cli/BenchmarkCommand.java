package fr.clausematch.cli;

import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.DatasetFormatException;
import fr.clausematch.matching.analysis.FirstComeFirstServed;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.constraints.MatchingSettings;
import fr.clausematch.matching.search.MatchingSolver;
import fr.clausematch.matching.analysis.PlanIndicators;
import fr.clausematch.matching.model.Slot;
import fr.clausematch.dataset.generator.DatasetGenerator;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;

import java.io.File;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code benchmark [--sizes 200,2000,20000,150000] [--dataset DIR] [--seconds N] [--unimproved-seconds N]
 * [--split yes|no] [--threads N] [--seed N] [--report DIR]}: generates datasets of growing size (slots; 0.4 candidate and
 * 0.385 contract per slot) and/or reads a dataset folder (the Bourgogne-Franche-Comté sample, say), plans
 * each with the baseline and with the solver of {@code solver-config/solverConfig.xml}, and prints per
 * dataset: hours filled, shares of women and QPV residents and their ratio to the baseline's, best score,
 * time to 99 % of the final filled hours, score calculations per second, peak heap (garbage included, so it
 * follows -Xmx) and live heap after a GC with problem and plan held. {@code --unimproved-seconds 0} lets a
 * run use its whole time (a reference run); {@code --split yes} runs one search per independent part, as the
 * {@code solve} command does (no single score-calculation speed then). With {@code --report DIR} it runs
 * {@code solver-config/benchmarkConfig.xml} (OptaPlanner Benchmark, several solver configurations compared)
 * on the generated datasets and writes its HTML report there.
 */
public class BenchmarkCommand implements Command {

    public static final String BENCHMARK_CONFIG = "solver-config/benchmarkConfig.xml";

    /** Standalone entry (the jar's dispatcher is the usual one): {@code java -cp clausematch.jar -Dloader.main=fr.clausematch.cli.BenchmarkCommand org.springframework.boot.loader.launch.PropertiesLauncher ...}. */
    public static void main(String[] args) throws Exception {
        System.exit(new BenchmarkCommand().run(List.of(args), System.out, System.err));
    }

    @Override
    public String name() {
        return "benchmark";
    }

    @Override
    public String usage() {
        return "benchmark [--sizes 200,2000,20000,150000] [--dataset DIR] [--seconds N] [--unimproved-seconds N] [--split yes|no] [--threads N] [--seed N] [--report DIR]\n"
                + "  Generated datasets of these numbers of slots (and/or the dataset folder DIR; with --dataset alone,\n"
                + "  only that folder); prints hours filled, shares of women and QPV residents against the baseline,\n"
                + "  best score, time to 99 % of the final filled hours, score calculations/s and peak heap per dataset.\n"
                + "  --unimproved-seconds N replaces the configured limit without improvement (0: none, the whole time).\n"
                + "  --split yes: one search per independent part, as solve does (default no: one search over all).\n"
                + "  --report DIR: also runs solver-config/benchmarkConfig.xml (OptaPlanner Benchmark) on the generated\n"
                + "  datasets and writes its HTML report into DIR.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        int seconds;
        Integer unimprovedSeconds;
        Integer threads;
        long seed;
        String report;
        Path datasetDir;
        boolean split;
        try {
            CommandArguments options = CommandArguments.parse(args,
                    Set.of("sizes", "dataset", "seconds", "unimproved-seconds", "threads", "seed", "report", "split")).expectPositional(0);
            split = options.yesNoOption("split", false);
            datasetDir = options.option("dataset") == null ? null : Path.of(options.option("dataset"));
            String defaultSizes = datasetDir == null ? "200,2000,20000,150000" : "";
            for (String s : options.option("sizes", defaultSizes).split(",")) {
                if (s.isBlank()) {
                    continue;
                }
                try {
                    sizes.add(Integer.parseInt(s.trim()));
                } catch (NumberFormatException e) {
                    throw new UsageException("--sizes attend des nombres séparés par des virgules : " + s);
                }
            }
            seconds = options.intOption("seconds", 30, 1, 9_999_999);
            unimprovedSeconds = options.option("unimproved-seconds") == null ? null
                    : options.intOption("unimproved-seconds", 0, 0, 9_999_999);
            threads = options.option("threads") == null ? null : options.intOption("threads", 0, 1, 256);
            seed = options.longOption("seed", 42);
            report = options.option("report");
        } catch (UsageException e) {
            err.println("Erreur : " + e.getMessage());
            err.println("Usage : " + usage());
            return USAGE_ERROR;
        }
        if (report != null) {
            return runOptaPlannerBenchmark(sizes, seed, new File(report), out);
        }
        Dataset folder = null;
        if (datasetDir != null) {
            try {
                folder = DatasetProblems.readDataset(datasetDir);
            } catch (DatasetFormatException e) {
                return ErrorListing.print(e, err, "Jeu de données refusé");
            }
        }
        SolverConfig config = MatchingSolver.solverConfig(Duration.ofSeconds(seconds), threads, null);
        if (unimprovedSeconds != null) {
            config.getTerminationConfig().setUnimprovedSecondsSpentLimit(unimprovedSeconds == 0 ? null : (long) unimprovedSeconds);
        }
        SolverFactory<MatchingPlan> factory = SolverFactory.create(config);
        Duration splitLimit = split ? Duration.ofSeconds(seconds) : null;
        out.println("| dataset | slots | candidates | build s | baseline h | baseline women % / QPV % | hours filled / total "
                + "| women % / QPV % | × baseline | best score | t 99 % hours (s) | score calc/s | peak heap MB | live heap MB |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        if (folder != null) {
            Dataset read = folder;
            String name = datasetDir.getFileName() == null ? "dataset" : datasetDir.getFileName().toString();
            out.println(measure(name, () -> read, factory, splitLimit, threads, err));
            out.flush();
        }
        for (int size : sizes) {
            out.println(measure("generated", () -> dataset(size, seed), factory, splitLimit, threads, err));
            out.flush();
        }
        return 0;
    }

    static Dataset dataset(int slots, long seed) {
        return new DatasetGenerator().generate(Math.max(10, slots * 2 / 5), Math.max(1, slots * 2 / 5), slots, seed);
    }

    /**
     * One dataset's row. With {@code split} (the time limit), the search runs part by part as {@code solve}
     * does ({@link MatchingSolver#solveInParts}, with {@code threads}); without, one search over the whole
     * dataset with {@code factory}.
     */
    private String measure(String name, Supplier<Dataset> source, SolverFactory<MatchingPlan> factory, Duration split,
                           Integer threads, PrintStream err) {
        resetPeaks();
        long t0 = System.nanoTime();
        Dataset dataset = source.get();
        MatchingPlan problem = DatasetProblems.toProblem(name, dataset, MatchingSettings.defaults());
        int size = problem.getSlots().size();
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        long totalHours = problem.getSlots().stream().mapToLong(Slot::getHours).sum();
        PlanIndicators.Figures baseline = PlanIndicators.of(FirstComeFirstServed.plan(problem)).total();

        List<long[]> progress = new ArrayList<>(); // {millis, filled hours}
        progress.add(new long[] {0, baseline.hoursAssigned()}); // the search starts from the baseline
        long start = System.nanoTime();
        MatchingPlan best;
        long calcSpeed;
        if (split == null) {
            Solver<MatchingPlan> solver = factory.buildSolver();
            solver.addEventListener(event -> {
                if (event.getNewBestSolution().getScore().isSolutionInitialized()) {
                    long filled = totalHours + event.getNewBestSolution().getScore().mediumScore();
                    progress.add(new long[] {(System.nanoTime() - start) / 1_000_000, filled});
                    err.printf("[%d] %s, %d ms%n", size, event.getNewBestScore(), (System.nanoTime() - start) / 1_000_000);
                }
            });
            best = solver.solve(MatchingSolver.startingPlan(problem));
            calcSpeed = solver instanceof DefaultSolver<MatchingPlan> d ? d.getSolverScope().getScoreCalculationSpeed() : -1;
        } else {
            best = MatchingSolver.solveInParts(problem, split, threads, (part, count, partBest, wholeHours) -> {
                long millis = (System.nanoTime() - start) / 1_000_000;
                progress.add(new long[] {millis, wholeHours});
                err.printf("[%d, part %d/%d] %s, %d ms%n", size, part, count, partBest.getScore(), millis);
            });
            calcSpeed = -1; // several solvers: no one figure
        }
        PlanIndicators.Figures solved = PlanIndicators.of(best).total();
        long filled = solved.hoursAssigned();
        long peakMb = peakHeapMb();
        System.gc();
        long liveMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
        if (problem.getSlots().size() < 0 || best.getSlots().isEmpty()) {
            liveMb = -1; // keeps problem and best reachable until here, so the live figure counts them
        }
        double t99 = Double.NaN;
        for (long[] p : progress) {
            if (p[1] >= 0.99 * filled) {
                t99 = p[0] / 1000.0;
                break;
            }
        }
        return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %d | %.1f / %.1f | %d / %d (%.1f %%) | %.1f / %.1f | %.2f / %.2f | %s | %.1f | %s | %d | %d |",
                name, size, problem.getCandidates().size(), buildSeconds, baseline.hoursAssigned(),
                100 * baseline.womenShare(), 100 * baseline.qpvShare(), filled, totalHours,
                totalHours == 0 ? 0 : 100.0 * filled / totalHours, 100 * solved.womenShare(), 100 * solved.qpvShare(),
                ratio(solved.womenShare(), baseline.womenShare()), ratio(solved.qpvShare(), baseline.qpvShare()),
                best.getScore(), t99, calcSpeed < 0 ? "n/a" : Long.toString(calcSpeed), peakMb, liveMb);
    }

    private static double ratio(double share, double baselineShare) {
        return baselineShare == 0 ? Double.NaN : share / baselineShare;
    }

    private int runOptaPlannerBenchmark(List<Integer> sizes, long seed, File directory, PrintStream out) {
        PlannerBenchmarkConfig config = PlannerBenchmarkConfig.createFromXmlResource(BENCHMARK_CONFIG);
        config.setBenchmarkDirectory(directory);
        List<MatchingPlan> problems = new ArrayList<>();
        for (int size : sizes) {
            problems.add(DatasetProblems.toProblem("slots-" + size, dataset(size, seed), MatchingSettings.defaults()));
        }
        PlannerBenchmarkFactory.create(config).buildPlannerBenchmark(problems.toArray(new MatchingPlan[0])).benchmark();
        out.println("Rapport OptaPlanner Benchmark écrit sous " + directory.getAbsolutePath());
        return 0;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
