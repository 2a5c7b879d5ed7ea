package fr.clausematch.cli;

import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.DatasetFormatException;
import fr.clausematch.matching.analysis.Levers;
import fr.clausematch.matching.constraints.MatchingSettings;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.search.MatchingSolver;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code levers --dataset DIR [--plan-seconds N] [--seconds N] [--trades N]}: plans a dataset, then measures what each
 * lever would unlock of its unfilled hours ({@link Levers}: a licence, a level, a trade, more reach, a longer
 * availability, more weekly hours, each re-planned from the plan), and prints each lever with its hours, the people it
 * needs and the time it took. No Spring, no database.
 */
public class LeversCommand implements Command {

    private final SolveCommand.DatasetSource source;

    public LeversCommand() {
        this(DatasetProblems::readDataset);
    }

    public LeversCommand(SolveCommand.DatasetSource source) {
        this.source = source;
    }

    @Override
    public String name() {
        return "levers";
    }

    @Override
    public String usage() {
        return "levers --dataset DIR [--plan-seconds N] [--seconds N] [--trades N] [--prune-seconds N]\n"
                + "  Plans a dataset folder (--plan-seconds, default 30, as the app), then, for its unfilled hours, what each lever would\n"
                + "  unlock (a licence, a qualification level, a trade, +" + Levers.REACH_KM + " km, a longer availability, more weekly\n"
                + "  hours), each re-planned from the plan for at most --seconds (default 5) and for the fewest people;\n"
                + "  --trades: trades tried (default 5); --prune-seconds: time per lever to check that each of its people is\n"
                + "  needed (default 3 times --seconds; each check half of --seconds).";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        // bad arguments throw UsageException: the dispatcher says so with the usage
        CommandArguments options = CommandArguments.parse(args, Set.of("dataset", "plan-seconds", "seconds", "trades", "prune-seconds"))
                .expectPositional(0);
        Path datasetDir = Path.of(options.requiredOption("dataset"));
        int planSeconds = options.intOption("plan-seconds", 30, 1, 86_400);
        int seconds = options.intOption("seconds", 5, 1, 3_600);
        int trades = options.intOption("trades", 5, 0, 100);
        int pruneSeconds = options.intOption("prune-seconds", 3 * seconds, 0, 86_400);
        Dataset dataset;
        try {
            dataset = source.read(datasetDir);
        } catch (DatasetFormatException e) {
            return ErrorListing.print(e, err, "Jeu de données refusé");
        }
        MatchingPlan problem = DatasetProblems.toProblem("levers", dataset, MatchingSettings.defaults());
        long begin = System.nanoTime();
        MatchingPlan plan = MatchingSolver.solveInParts(problem, Duration.ofSeconds(planSeconds), null, null);
        out.printf(Locale.ROOT, "Plan : %d h pourvues sur %d (%d ms)%n", plan.filledHours(),
                problem.getSlots().stream().mapToLong(s -> s.getHours()).sum(), (System.nanoTime() - begin) / 1_000_000);
        Levers.Settings settings = new Levers.Settings(Duration.ofSeconds(seconds), trades, Duration.ofSeconds(pruneSeconds));
        Levers.Report report = Levers.of(plan, settings, (done, total, lever) -> {
            if (lever != null) {
                err.printf(Locale.ROOT, "Levier %d/%d : %s%n", done + 1, total, describe(lever));
            }
        });
        out.printf(Locale.ROOT, "Référence (re-plan sans changement) : %d h ; %d h non pourvues sur %d postes%n",
                report.referenceHours(), report.unfilledHours(), report.unfilledSlots());
        for (Levers.Result r : report.levers()) {
            out.printf(Locale.ROOT, "%-40s +%6d h pour %3d personne(s)%s (%.0f h/personne ; %d concernées, +%d h à toutes) %6d ms%s%n",
                    describe(r.lever()), r.hours(), r.people().size(), r.minimal() ? "" : " au plus", r.hoursPerPerson(),
                    r.concerned(), r.hoursWithAll(), r.millis(), r.people().isEmpty() ? "" : " " + r.people());
        }
        out.printf(Locale.ROOT, "Analyse : %d ms%n", report.millis());
        return 0;
    }

    /** The lever in French words, as the plan page says it. */
    static String describe(Levers.Lever lever) {
        return switch (lever.kind()) {
            case LICENCE -> lever.parameter().equals("B") || lever.parameter().equals("C") ? "permis " + lever.parameter()
                    : lever.parameter().startsWith("CACES_") ? "CACES " + lever.parameter().substring("CACES_".length())
                    : "habilitation " + lever.parameter();
            case QUALIFICATION -> "un niveau de qualification de plus";
            case TRADE -> "formation courte en " + lever.parameter();
            case REACH -> "+" + Levers.REACH_KM + " km de mobilité";
            case AVAILABILITY -> "disponibilité allongée de " + Levers.AVAILABILITY_DAYS + " jours";
            case WEEKLY_HOURS -> "+" + Levers.WEEKLY_HOURS + " h par semaine";
        };
    }
}
