package fr.clausematch.cli;

import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.DatasetFormatException;
import fr.clausematch.dataset.DatasetProblemMapper;
import fr.clausematch.matching.analysis.Reason;
import fr.clausematch.matching.analysis.Recommendations;
import fr.clausematch.matching.constraints.MatchingSettings;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.MatchingInput;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;
import fr.clausematch.matching.search.MatchingProblems;
import fr.clausematch.matching.search.MatchingSolver;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code recommend --dataset DIR --candidate ID [--assignments FILE] [--seconds N] [--top N] [--slot ID]}: where the
 * person could work, as if she had just been registered. The plan is the dataset's without her: the solve's
 * {@code assignments.csv} when given, else a solve of {@code --seconds} (default 10). Then, timed: the recommendations
 * for her (no solve), printed best first with the near misses; with {@code --slot}, also who could fill that slot.
 * The figures are a benchmark, not a test: the first call (cold) and the median of {@value #RUNS} calls.
 */
public class RecommendCommand implements Command {

    static final int RUNS = 20;

    @Override
    public String name() {
        return "recommend";
    }

    @Override
    public String usage() {
        return "recommend --dataset DIR --candidate ID [--assignments FILE] [--seconds N] [--top N] [--slot ID]\n"
                + "  Where the person could work, as if just registered: the dataset is planned without her (or its plan is read\n"
                + "  from --assignments, a solve's assignments.csv), then the slots she could take are ranked by the hours the plan\n"
                + "  would gain, with the hand-overs, and the slots she misses by one rule; timed (first call, median of " + RUNS + ").\n"
                + "  --slot: also who could fill that slot of the plan.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        CommandArguments options = CommandArguments
                .parse(args, Set.of("dataset", "candidate", "assignments", "seconds", "top", "slot"))
                .expectPositional(0);
        Path folder = Path.of(options.requiredOption("dataset"));
        String personId = options.requiredOption("candidate");
        int seconds = options.intOption("seconds", 10, 1, 86_400);
        int top = options.intOption("top", 10, 1, 1000);
        String slotId = options.option("slot");
        Dataset dataset;
        try {
            dataset = DatasetProblems.readDataset(folder);
        } catch (DatasetFormatException e) {
            return ErrorListing.print(e, err, "Jeu de données refusé");
        }
        MatchingInput facts = DatasetProblemMapper.INSTANCE.input("recommend", dataset);
        Candidate person = facts.candidates().stream().filter(c -> c.id().equals(personId)).findFirst()
                .orElseThrow(() -> new UsageException("candidat inconnu : " + personId));
        List<Candidate> others = facts.candidates().stream().filter(c -> !c.equals(person)).toList();
        MatchingPlan plan = MatchingProblems.create(new MatchingInput("recommend", others, facts.contracts(), facts.slots(),
                List.of(), List.of(), MatchingSettings.defaults()));
        String assignments = options.option("assignments");
        long solveStart = System.nanoTime();
        if (assignments != null) {
            lay(plan, Path.of(assignments));
        } else {
            plan = MatchingSolver.solveInParts(plan, Duration.ofSeconds(seconds), null, null);
        }
        out.printf(Locale.ROOT, "Plan sans %s : %d h pourvues sur %d postes (%s en %d ms)%n", personId, plan.filledHours(),
                plan.getSlots().size(), assignments != null ? "lu" : "calculé", (System.nanoTime() - solveStart) / 1_000_000);

        long first = System.nanoTime();
        Recommendations.Advice advice = Recommendations.of(plan).forCandidate(person, top);
        double firstMs = (System.nanoTime() - first) / 1e6;
        double[] times = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            Recommendations.of(plan).forCandidate(person, top);
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        out.printf(Locale.ROOT, "Où pourrait travailler %s : %d poste(s), %d presque ; %.1f ms au premier appel, %.1f ms en médiane"
                + " (%d appels), %.1f ms au plus%n", personId, advice.lines().size(), advice.nearMisses().size(), firstMs,
                times[RUNS / 2], RUNS, times[RUNS - 1]);
        Words words = new Words();
        print(advice, words, out);
        if (slotId != null) {
            long t = System.nanoTime();
            Recommendations.Advice bySlot = Recommendations.of(plan).forSlot(slotId, top);
            out.printf(Locale.ROOT, "Qui pourrait prendre %s : %d personne(s), %d presque ; %.1f ms%n", slotId,
                    bySlot.lines().size(), bySlot.nearMisses().size(), (System.nanoTime() - t) / 1e6);
            print(bySlot, words, out);
        }
        return 0;
    }

    private static void print(Recommendations.Advice advice, Words words, PrintStream out) {
        for (Recommendations.Line line : advice.lines()) {
            Slot s = line.slot();
            out.printf(Locale.ROOT, "  %s %s (%s) %s, %s, %.1f km, %d h : %+d h, %+d h femmes, %+d h QPV%n", s.getId(),
                    line.candidate().id(), s.getContract().id(), s.getTrade(), s.getContract().commune(), line.distanceKm(),
                    s.getHours(), line.gain().hours(), line.gain().womenHours(), line.gain().qpvHours());
            out.println("      " + line.chain().stream().map(words::of).collect(Collectors.joining(" ")));
            out.println("      " + words.of(line.rules()));
        }
        for (Recommendations.NearMiss miss : advice.nearMisses()) {
            out.printf(Locale.ROOT, "  presque : %s %s (%s), %d h : %s%n", miss.slot().getId(), miss.candidate().id(),
                    miss.slot().getTrade(), miss.slot().getHours(), words.of(miss.reason()));
        }
    }

    /** Lays a solve's {@code assignments.csv} ({@code slot_id,candidate_id}) on the plan. */
    private static void lay(MatchingPlan plan, Path file) throws java.io.IOException {
        Map<String, Candidate> people = new HashMap<>();
        plan.getCandidates().forEach(c -> people.put(c.id(), c));
        Map<String, String> pairs = new HashMap<>();
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells.length == 2 && !cells[1].isBlank()) {
                pairs.put(cells[0], cells[1]);
            }
        }
        for (Slot s : plan.getSlots()) {
            s.setCandidate(people.get(pairs.get(s.getId())));
        }
    }

    /** The reasons in French words, from the application's bundle (trades by their code). */
    static final class Words {
        private final ResourceBundle bundle = ResourceBundle.getBundle("messages", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

        String of(Reason reason) {
            Object[] args = reason.args().stream().map(this::argument).toArray();
            if (!bundle.containsKey(reason.code())) {
                return reason.code();
            }
            String message = bundle.getString(reason.code());
            // as the application's MessageSource: a message without parameters is not a MessageFormat pattern
            return args.length == 0 ? message : new MessageFormat(message, Locale.FRENCH).format(args);
        }

        private Object argument(Object arg) {
            if (arg instanceof Reason nested) {
                return of(nested);
            }
            if (arg instanceof Collection<?> items) {
                return items.stream().map(i -> String.valueOf(argument(i))).collect(Collectors.joining(", "));
            }
            return arg instanceof Reason.TradeCode trade ? trade.code() : arg;
        }
    }
}
