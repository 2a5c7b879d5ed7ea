package fr.clausematch.cli;

import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.DatasetFormatException;
import fr.clausematch.matching.analysis.Commuting;
import fr.clausematch.matching.analysis.FirstComeFirstServed;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.constraints.MatchingSettings;
import fr.clausematch.matching.search.MatchingSolver;
import fr.clausematch.matching.analysis.PlanIndicators;
import fr.clausematch.matching.exact.ExactMatching;
import fr.clausematch.matching.exact.ExactResult;
import fr.clausematch.matching.exact.ExactSettings;
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
 * {@code benchmark [--sizes 200,2000,20000,150000] [--profile france|bfc|weekly] [--dataset DIR] [--seconds N]
 * [--unimproved-seconds N] [--split yes|no] [--threads N] [--seed N] [--exact yes|no] [--exact-seconds N]
 * [--exact-workers N] [--exact-start name=value,...] [--report DIR]}: generates datasets of growing size (slots; 0.4 candidate and 0.4 contract per
 * slot; with the weekly-load profile, one person for eight slots and one contract for ten) and/or reads a dataset folder (the Bourgogne-Franche-Comté sample, say), plans
 * each with the baseline and with the solver of {@code solver-config/solverConfig.xml}, and prints per
 * dataset: hours filled, shares of women and QPV residents and their ratio to the baseline's, best score,
 * time to 99 % of the final filled hours, score calculations per second, peak heap (garbage included, so it
 * follows -Xmx) and live heap after a GC with problem and plan held. {@code --unimproved-seconds 0} lets a
 * run use its whole time (a reference run); {@code --split yes} runs one search per independent part, as the
 * {@code solve} command does (no single score-calculation speed then). Up to {@value #EXACT_MAX_SLOTS} slots (or
 * always, with {@code --exact yes}) the exact reference ({@link ExactMatching}, CP-SAT, and SCIP on the parts CP-SAT
 * does not prove) then solves the same problem, hinted with the engine's plan, and the row says its optimum (or its best plan and proven bound), the engine's hours
 * as a percentage of it, and the most women's + QPV residents' hours at those hours beside the engine's. With {@code --report DIR} it runs
 * {@code solver-config/benchmarkConfig.xml} (OptaPlanner Benchmark, several solver configurations compared)
 * on the generated datasets and writes its HTML report there.
 */
public class BenchmarkCommand implements Command {

    public static final String BENCHMARK_CONFIG = "solver-config/benchmarkConfig.xml";
    /** Up to this many slots the exact reference runs unless {@code --exact no}. */
    static final int EXACT_MAX_SLOTS = 5_000;

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
        return "benchmark [--sizes 200,2000,20000,150000] [--profile france|bfc|weekly] [--dataset DIR] [--seconds N] [--unimproved-seconds N]\n"
                + "          [--split yes|no] [--threads N] [--seed N] [--exact yes|no] [--exact-seconds N] [--exact-workers N]\n          [--exact-start name=value,...] [--report DIR]\n"
                + "  Generated datasets of these numbers of slots (and/or the dataset folder DIR; with --dataset alone,\n"
                + "  only that folder); prints hours filled, shares of women and QPV residents against the baseline,\n"
                + "  best score, time to 99 % of the final filled hours, score calculations/s and peak heap per dataset.\n"
                + "  --unimproved-seconds N replaces the configured limit without improvement (0: none, the whole time).\n"
                + "  --split yes: one search per independent part, as solve does (default no: one search over all).\n"
                + "  --profile: of the generated datasets (weekly: few people, long overlapping part-time slots, rule 9 binds).\n"
                + "  --exact: the exact reference (OR-Tools CP-SAT, then SCIP where CP-SAT proves nothing) on each dataset;\n"
                + "  default yes up to " + EXACT_MAX_SLOTS + " slots;\n"
                + "  --exact-seconds N (default 60) for the most hours, half as long again for the shares; --exact-workers N (8).\n"
                + "  --exact-start name=value,...: settings of the search's exact start (timeShare=0 turns it off; workers, shares, maxPartPairs).\n"
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
        String profile;
        Boolean exact;
        int exactSeconds;
        int exactWorkers;
        String exactStart;
        try {
            CommandArguments options = CommandArguments.parse(args,
                    Set.of("sizes", "dataset", "seconds", "unimproved-seconds", "threads", "seed", "report", "split", "profile",
                            "exact", "exact-seconds", "exact-workers", "exact-start")).expectPositional(0);
            profile = options.option("profile", "france");
            if (!Set.of("france", "bfc", "weekly").contains(profile)) {
                throw new UsageException("--profile attend france, bfc ou weekly : " + profile);
            }
            exact = options.option("exact") == null ? null : options.yesNoOption("exact", true);
            exactSeconds = options.intOption("exact-seconds", 60, 1, 86_400);
            exactWorkers = options.intOption("exact-workers", 8, 1, 64);
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
            exactStart = options.option("exact-start");
            if (exactStart != null && !exactStart.matches("[a-zA-Z]+=[0-9a-z.]+(,[a-zA-Z]+=[0-9a-z.]+)*")) {
                throw new UsageException("--exact-start attend des réglages nom=valeur séparés par des virgules (timeShare=0.5,workers=4) : " + exactStart);
            }
        } catch (UsageException e) {
            err.println("Erreur : " + e.getMessage());
            err.println("Usage : " + usage());
            return USAGE_ERROR;
        }
        if (report != null) {
            return runOptaPlannerBenchmark(sizes, profile, seed, new File(report), out);
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
        if (exactStart != null) {
            for (String setting : exactStart.split(",")) {
                String[] nameValue = setting.split("=", 2);
                MatchingSolver.setExactStartProperty(config, nameValue[0], nameValue[1]);
            }
        }
        if (unimprovedSeconds != null) {
            config.getTerminationConfig().setUnimprovedSecondsSpentLimit(unimprovedSeconds == 0 ? null : (long) unimprovedSeconds);
        }
        SolverFactory<MatchingPlan> factory = SolverFactory.create(config);
        Duration splitLimit = split ? Duration.ofSeconds(seconds) : null;
        out.println("| dataset | slots | candidates | build s | baseline h | baseline women % / QPV % | hours filled / total "
                + "| women % / QPV % | × baseline | best score | t 99 / 99.5 / 99.9 % hours (s) | score calc/s | peak heap MB | live heap MB "
                + "| exact h (status, s) | engine % of exact | women+QPV h: engine / most at exact h "
                + "| commuting km / baseline km (CO2e kg at " + Commuting.DEFAULT_CO2_KG_PER_KM + " kg/km) |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        ExactChoice exactChoice = new ExactChoice(exact, ExactSettings.of(exactSeconds).withWorkers(exactWorkers).withMip());
        if (folder != null) {
            Dataset read = folder;
            String name = datasetDir.getFileName() == null ? "dataset" : datasetDir.getFileName().toString();
            out.println(measure(name, () -> read, factory, splitLimit, threads, exactChoice, err));
            out.flush();
        }
        for (int size : sizes) {
            out.println(measure("generated" + ("france".equals(profile) ? "" : " " + profile), () -> dataset(size, profile, seed),
                    factory, splitLimit, threads, exactChoice, err));
            out.flush();
        }
        return 0;
    }

    static Dataset dataset(int slots, long seed) {
        return dataset(slots, "france", seed);
    }

    /** A generated dataset of this profile ({@code france}, {@code bfc} or {@code weekly}) and number of slots. */
    static Dataset dataset(int slots, String profile, long seed) {
        if ("weekly".equals(profile)) {
            int[] sizes = DatasetGenerator.weeklyLoadSizes(slots);
            return new DatasetGenerator(DatasetGenerator.Profile.weeklyLoad()).generate(sizes[0], sizes[1], slots, seed);
        }
        DatasetGenerator generator = "bfc".equals(profile)
                ? new DatasetGenerator(DatasetGenerator.Profile.bourgogneFrancheComte()) : new DatasetGenerator();
        return generator.generate(Math.max(10, slots * 2 / 5), Math.max(1, slots * 2 / 5), slots, seed);
    }

    /** Whether the exact reference runs on a dataset ({@code forced} null: up to {@value #EXACT_MAX_SLOTS} slots), and how. */
    record ExactChoice(Boolean forced, ExactSettings settings) {
        boolean runs(int slots) {
            return forced == null ? slots <= EXACT_MAX_SLOTS : forced;
        }
    }

    /**
     * One dataset's row. With {@code split} (the time limit), the search runs part by part as {@code solve}
     * does ({@link MatchingSolver#solveInParts}, with {@code threads}); without, one search over the whole
     * dataset with {@code factory}.
     */
    private String measure(String name, Supplier<Dataset> source, SolverFactory<MatchingPlan> factory, Duration split,
                           Integer threads, ExactChoice exact, PrintStream err) {
        resetPeaks();
        long t0 = System.nanoTime();
        Dataset dataset = source.get();
        MatchingPlan problem = DatasetProblems.toProblem(name, dataset, MatchingSettings.defaults());
        int size = problem.getSlots().size();
        double buildSeconds = (System.nanoTime() - t0) / 1e9;
        long totalHours = problem.getSlots().stream().mapToLong(Slot::getHours).sum();
        PlanIndicators baselineIndicators = PlanIndicators.of(FirstComeFirstServed.plan(problem));
        PlanIndicators.Figures baseline = baselineIndicators.total();

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
        PlanIndicators solvedIndicators = PlanIndicators.of(best);
        PlanIndicators.Figures solved = solvedIndicators.total();
        long filled = solved.hoursAssigned();
        long peakMb = peakHeapMb();
        System.gc();
        long liveMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
        if (problem.getSlots().size() < 0 || best.getSlots().isEmpty()) {
            liveMb = -1; // keeps problem and best reachable until here, so the live figure counts them
        }
        String exactCells = exact.runs(size) ? exactCells(problem, best, solved, exact.settings(), err) : "not run | | |";
        return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %d | %.1f / %.1f | %d / %d (%.1f %%) | %.1f / %.1f | %.2f / %.2f | %s | %.1f / %.1f / %.1f | %s | %d | %d | %s %.0f / %.0f (%.0f / %.0f) |",
                name, size, problem.getCandidates().size(), buildSeconds, baseline.hoursAssigned(),
                100 * baseline.womenShare(), 100 * baseline.qpvShare(), filled, totalHours,
                totalHours == 0 ? 0 : 100.0 * filled / totalHours, 100 * solved.womenShare(), 100 * solved.qpvShare(),
                ratio(solved.womenShare(), baseline.womenShare()), ratio(solved.qpvShare(), baseline.qpvShare()),
                best.getScore(), firstReaching(progress, 0.99 * filled), firstReaching(progress, 0.995 * filled),
                firstReaching(progress, 0.999 * filled),
                calcSpeed < 0 ? "n/a" : Long.toString(calcSpeed), peakMb, liveMb, exactCells, solvedIndicators.kmTotal(),
                baselineIndicators.kmTotal(), solvedIndicators.co2Kg(), baselineIndicators.co2Kg());
    }

    /** Seconds until the search's best plan first filled {@code hours} (NaN: never). */
    private static double firstReaching(List<long[]> progress, double hours) {
        for (long[] p : progress) {
            if (p[1] >= hours) {
                return p[0] / 1000.0;
            }
        }
        return Double.NaN;
    }

    /**
     * The exact reference's cells: its hours (and bound when not proven), status and time; the engine's hours as a
     * percentage of them (of the bound too when not proven); women's + QPV residents' hours of the engine beside the
     * most at the exact hours. A plan of the engine above the proven bound is said on stderr (a bug in one of them).
     */
    private static String exactCells(MatchingPlan problem, MatchingPlan engine, PlanIndicators.Figures solved,
                                     ExactSettings settings, PrintStream err) {
        ExactResult r = ExactMatching.solve(problem, settings.withHint(engine));
        long filled = solved.hoursAssigned();
        if (filled > r.hoursBound()) {
            err.printf("ATTENTION : le moteur pourvoit %d h, au-dessus de la borne prouvée %d h%n", filled, r.hoursBound());
        }
        if (r.pairsRefused() > 0 || r.pairsOutside() > 0) {
            err.printf("ATTENTION : domaines du moteur et règles de la référence exacte en désaccord : %d paires refusées, %d hors domaine%n",
                    r.pairsRefused(), r.pairsOutside());
        }
        String hours = r.status() == ExactResult.Status.OPTIMAL
                ? String.format(Locale.ROOT, "%d (OPTIMAL, %.1f s)", r.hours(), r.seconds())
                : String.format(Locale.ROOT, "%d ≤ %d (%s, %d/%d parts optimal, %.1f s)", r.hours(), r.hoursBound(),
                        r.status(), r.partsOptimal(), r.parts(), r.seconds());
        String percent = r.status() == ExactResult.Status.OPTIMAL || r.hours() == r.hoursBound()
                ? String.format(Locale.ROOT, "%.2f %%", 100.0 * filled / Math.max(1, r.hours()))
                : String.format(Locale.ROOT, "%.2f %% of best, %.2f %% of bound", 100.0 * filled / Math.max(1, r.hours()),
                        r.percentOfBound(filled));
        long engineShares = solved.hoursAssignedWomen() + solved.hoursAssignedQpv();
        String shares = String.format(Locale.ROOT, "%d / %d%s (%.1f %%; women %.1f %% / QPV %.1f %% at exact)", engineShares,
                r.womenQpvHours(), r.sharesStatus() == ExactResult.Status.OPTIMAL ? "" : " ≤ " + r.womenQpvBound(),
                100.0 * engineShares / Math.max(1, r.womenQpvHours()), 100.0 * r.womenHours() / Math.max(1, r.hours()),
                100.0 * r.qpvHours() / Math.max(1, r.hours()));
        return hours + " | " + percent + " | " + shares + " |";
    }

    private static double ratio(double share, double baselineShare) {
        return baselineShare == 0 ? Double.NaN : share / baselineShare;
    }

    private int runOptaPlannerBenchmark(List<Integer> sizes, String profile, long seed, File directory, PrintStream out) {
        PlannerBenchmarkConfig config = PlannerBenchmarkConfig.createFromXmlResource(BENCHMARK_CONFIG);
        config.setBenchmarkDirectory(directory);
        List<MatchingPlan> problems = new ArrayList<>();
        for (int size : sizes) {
            problems.add(DatasetProblems.toProblem("slots-" + size, dataset(size, profile, seed), MatchingSettings.defaults()));
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
