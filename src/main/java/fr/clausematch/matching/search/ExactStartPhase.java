package fr.clausematch.matching.search;

import fr.clausematch.matching.exact.ExactMatching;
import fr.clausematch.matching.exact.ExactSettings;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

import java.time.Duration;
import java.util.List;

/**
 * The exact start, a phase of the solver configuration between a short local search and the main one: the exact model
 * of the hours ({@link ExactMatching}, CP-SAT) solves each independent part of the working plan, hinted with the
 * working plan (so it starts from there), then, at the part's most hours found, gives women and QPV residents the most
 * of them (second stage). Each part's plan goes into the working plan through the score director and stays only if
 * the score says it is better (more hours, or as many and a better soft score); otherwise it is undone, so the phase
 * never makes the plan worse. The local search then works from there on the soft objectives, the hours level kept by
 * the score.
 *
 * <p>Its time is a share ({@code timeShare}) of the solve's time limit ({@code solveMillis}, set by
 * {@link MatchingSolver#solverConfig}), {@code hoursShare} of it for the hours and the rest for the shares; a part
 * proven early leaves its time to the next. Over one solver's life (the phases start again after a problem change) it
 * never spends more than that share in all. Parts with more pairs (slot, person) than {@code maxPartPairs}, or than
 * two per millisecond of the hours' time (but for small parts), are left to the local search, and so is their time. The
 * phase is one step: the plan it leaves is published as a new best plan when it ends.
 */
public class ExactStartPhase implements CustomPhaseCommand<MatchingPlan> {

    /** The JDK's logger (the heart depends on no logging library; Spring Boot routes it with the rest). */
    private static final System.Logger log = System.getLogger(ExactStartPhase.class.getName());

    /** Below this many milliseconds left, the phase does not start CP-SAT (loading the model would take them). */
    private static final long MIN_MILLIS = 50;
    /**
     * A part gets to CP-SAT only when the hours' time is at least this many milliseconds per pair of the part (or when
     * it is small, below {@value #SMALL_PART_PAIRS} pairs): CP-SAT beats the local search on a part of a few
     * thousand pairs given seconds, but given less it mostly finds nothing better and only takes the local search's
     * time (measured on the national generated set, solved part by part: 1.7 % fewer hours without this rule).
     */
    private static final double MILLIS_PER_PAIR = 0.5;
    /** Parts this small always go to CP-SAT: it proves them in milliseconds. */
    private static final long SMALL_PART_PAIRS = 2_000;

    private double timeShare = 0.6;
    private double hoursShare = 0.85;
    private long solveMillis = 30_000;
    private long maxPartPairs = 200_000;
    private boolean shares = true;
    private int workers = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    private long spentNanos;

    /** Share of the solve's time limit the phase may take (0 turns it off). */
    public void setTimeShare(double timeShare) {
        if (timeShare < 0 || timeShare > 1) {
            throw new IllegalArgumentException("timeShare between 0 and 1: " + timeShare);
        }
        this.timeShare = timeShare;
    }

    /** Share of the phase's time for the hours (the rest for the shares' second stage). */
    public void setHoursShare(double hoursShare) {
        if (hoursShare <= 0 || hoursShare > 1) {
            throw new IllegalArgumentException("hoursShare above 0, at most 1: " + hoursShare);
        }
        this.hoursShare = hoursShare;
    }

    /** The solve's time limit, in milliseconds. */
    public void setSolveMillis(long solveMillis) {
        this.solveMillis = Math.max(0, solveMillis);
    }

    /** Parts with more pairs than this are left to the local search. */
    public void setMaxPartPairs(long maxPartPairs) {
        this.maxPartPairs = maxPartPairs;
    }

    /** Whether the second stage (most hours to women and QPV residents at the part's best hours) runs. */
    public void setShares(boolean shares) {
        this.shares = shares;
    }

    /** CP-SAT's search workers (its portfolio; more than the cores is allowed). */
    public void setWorkers(int workers) {
        this.workers = Math.max(1, workers);
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<MatchingPlan> scoreDirector) {
        long budgetMillis = (long) (timeShare * solveMillis) - spentNanos / 1_000_000;
        if (budgetMillis < MIN_MILLIS) {
            return;
        }
        long begin = System.nanoTime();
        @SuppressWarnings("unchecked")
        InnerScoreDirector<MatchingPlan, HardMediumSoftLongScore> director =
                (InnerScoreDirector<MatchingPlan, HardMediumSoftLongScore>) scoreDirector;
        MatchingPlan working = director.getWorkingSolution();
        long hoursMillis = shares ? (long) (budgetMillis * hoursShare) : budgetMillis;
        long affordable = Math.max(SMALL_PART_PAIRS, (long) (hoursMillis / MILLIS_PER_PAIR));
        ExactSettings settings = new ExactSettings(Duration.ofMillis(hoursMillis), Duration.ofMillis(budgetMillis - hoursMillis),
                workers, working).withMaxPartPairs(Math.min(maxPartPairs, affordable)).forSearch();
        int[] taken = new int[2]; // parts taken, parts offered
        HardMediumSoftLongScore[] score = {director.calculateScore()};
        HardMediumSoftLongScore start = score[0];
        try {
            ExactMatching.solve(working, settings, part -> {
                taken[1]++;
                HardMediumSoftLongScore after = apply(director, part.slots(), part.chosen(), score[0]);
                if (after != null) {
                    taken[0]++;
                    score[0] = after;
                }
            });
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            // the exact start is a help, never a condition: the local search goes on from what is there
            log.log(System.Logger.Level.WARNING, "Exact start stopped ({0}); the local search goes on from the plan as it is", e.toString());
        } finally {
            spentNanos += System.nanoTime() - begin;
        }
        log.log(System.Logger.Level.DEBUG, "Exact start: {0} of {1} parts taken, {2} -> {3}, {4} ms", taken[0], taken[1], start, score[0],
                (System.nanoTime() - begin) / 1_000_000);
    }

    /**
     * Gives the part's slots their chosen people; keeps them and returns the new score when it is better than
     * {@code before}, else puts the part back as it was and returns null.
     */
    private static HardMediumSoftLongScore apply(InnerScoreDirector<MatchingPlan, HardMediumSoftLongScore> director,
                                                 List<Slot> slots, List<Candidate> chosen, HardMediumSoftLongScore before) {
        Candidate[] previous = new Candidate[slots.size()];
        boolean changed = false;
        for (int i = 0; i < slots.size(); i++) {
            previous[i] = slots.get(i).getCandidate();
            changed |= previous[i] != chosen.get(i);
        }
        if (!changed) {
            return null;
        }
        assign(director, slots, chosen.toArray(new Candidate[0]));
        HardMediumSoftLongScore after = director.calculateScore();
        if (after.compareTo(before) > 0) {
            return after;
        }
        assign(director, slots, previous);
        director.calculateScore();
        return null;
    }

    private static void assign(ScoreDirector<MatchingPlan> director, List<Slot> slots, Candidate[] to) {
        for (int i = 0; i < slots.size(); i++) {
            Slot slot = slots.get(i);
            if (slot.getCandidate() != to[i] && !slot.isPinned()) {
                director.beforeVariableChanged(slot, ReassignMove.VARIABLE);
                slot.setCandidate(to[i]);
                director.afterVariableChanged(slot, ReassignMove.VARIABLE);
            }
        }
        director.triggerVariableListeners();
    }
}
