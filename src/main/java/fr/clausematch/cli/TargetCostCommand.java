package fr.clausematch.cli;

import fr.clausematch.dataset.Dataset;
import fr.clausematch.matching.analysis.FirstComeFirstServed;
import fr.clausematch.matching.constraints.MatchingSettings;
import fr.clausematch.matching.exact.TargetCost;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code target-cost --dataset DIR [--share women|qpv] [--seconds-per-weight N] [--seconds-per-target N] [--steps N] [--workers N]}: the
 * curve of hours filled against the share of hours to women (or QPV residents) of a dataset, by the exact model
 * ({@link TargetCost}), each point with its time; and the first-come-first-served baseline beside it. No Spring, no
 * database.
 */
public class TargetCostCommand implements Command {

    private final SolveCommand.DatasetSource source;

    public TargetCostCommand() {
        this(DatasetProblems::readDataset);
    }

    public TargetCostCommand(SolveCommand.DatasetSource source) {
        this.source = source;
    }

    @Override
    public String name() {
        return "target-cost";
    }

    @Override
    public String usage() {
        return "target-cost --dataset DIR [--share women|qpv] [--seconds-per-weight N] [--seconds-per-target N] [--steps N] [--workers N]\n"
                + "  What a share target costs: the most hours filled with the share of hours to women (or QPV residents)\n"
                + "  held at least at each target, from the plain optimum's share to 100 % in --steps steps (default 7,\n"
                + "  and 50 %), by the exact model (CP-SAT per independent part under a sweep of prices on the share,\n"
                + "  --seconds-per-weight, default 2, for the bounds and first plans; then each target over the whole\n"
                + "  dataset, --seconds-per-target, default 10, as the plain plan; --workers, default 8);\n"
                + "  prints each point, its proven bound, whether it is proven optimal, and the baseline.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Path datasetDir;
        TargetCost.Share share;
        TargetCost.Settings settings;
        try {
            CommandArguments options = CommandArguments
                    .parse(args, Set.of("dataset", "share", "seconds-per-weight", "seconds-per-target", "steps", "workers"))
                    .expectPositional(0);
            datasetDir = Path.of(options.requiredOption("dataset"));
            String which = options.option("share", "women");
            share = switch (which) {
                case "women" -> TargetCost.Share.WOMEN;
                case "qpv" -> TargetCost.Share.QPV;
                default -> throw new UsageException("--share attend women ou qpv : " + which);
            };
            settings = new TargetCost.Settings(Duration.ofSeconds(options.intOption("seconds-per-weight", 2, 1, 86_400)),
                    Duration.ofSeconds(options.intOption("seconds-per-target", 10, 1, 86_400)),
                    options.intOption("workers", 8, 1, 64), options.intOption("steps", 7, 2, 50));
        } catch (UsageException e) {
            err.println("Erreur : " + e.getMessage());
            err.println("Usage : " + usage());
            return USAGE_ERROR;
        }
        Dataset dataset = DatasetProblems.readOrReport(source, datasetDir, err);
        if (dataset == null) {
            return USAGE_ERROR;
        }
        MatchingPlan problem = DatasetProblems.toProblem(datasetDir.getFileName() == null ? "dataset"
                : datasetDir.getFileName().toString(), dataset, MatchingSettings.defaults());
        long start = System.nanoTime();
        String label = share == TargetCost.Share.WOMEN ? "femmes" : "QPV";
        TargetCost.Curve curve = TargetCost.of(problem, share, settings, progress -> err.println(
                "Étape " + progress.done() + "/" + progress.total() + " (" + (System.nanoTime() - start) / 1_000_000 + " ms)"));
        MatchingPlan baseline = FirstComeFirstServed.plan(problem);
        long baseHours = 0;
        long baseShare = 0;
        for (Slot s : baseline.getSlots()) {
            if (s.getCandidate() != null) {
                baseHours += s.getHours();
                baseShare += share.counts(s.getCandidate()) ? s.getHours() : 0;
            }
        }
        out.println("cible " + label + "   heures pourvues   part atteinte   coût (h)   prouvé   borne (h)");
        for (TargetCost.Point p : curve.points()) {
            out.println(line(p, curve.unconstrained().hours()));
        }
        out.println(String.format(Locale.ROOT, "Premier arrivé, premier servi : %d h, part %s %.1f %%", baseHours, label,
                baseHours == 0 ? 0 : 100.0 * baseShare / baseHours));
        out.println(String.format(Locale.ROOT, "%d points, %d paires sur %d parties, %d poids, %.1f s%s",
                curve.points().size(), curve.pairs(), curve.parts(), curve.weights(), curve.seconds(),
                curve.proven() ? ", tous prouvés optimaux" : ", certains sans preuve d'optimalité"));
        return 0;
    }

    private static String line(TargetCost.Point p, long plainHours) {
        String target = p.targetPermille() == 0 ? "aucune" : String.format(Locale.ROOT, "%.1f %%", p.target() * 100);
        String reached = p.hasPlan() ? String.format(Locale.ROOT, "%.1f %%", p.share() * 100) : "-";
        String cost = p.hasPlan() ? String.valueOf(plainHours - p.hours()) : "-";
        return String.format(Locale.ROOT, "%-10s   %15s   %13s   %8s   %-6s   %9d", target,
                p.hasPlan() ? String.valueOf(p.hours()) : p.status().name(), reached, cost,
                p.optimal() ? "oui" : "non", p.hoursBound());
    }
}
