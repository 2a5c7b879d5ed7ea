package fr.clausematch.matching.search;

import fr.clausematch.matching.exact.ExactMatching;
import fr.clausematch.matching.exact.ExactResult;
import fr.clausematch.matching.exact.ExactSettings;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;

import org.optaplanner.core.api.score.director.ScoreDirector;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Large-neighbourhood moves, re-solved exactly: a region of the working plan is freed and the exact model
 * ({@link ExactMatching}, CP-SAT) fills it with the most hours, then gives women and QPV residents the most of those;
 * the move puts the region's slots as the model left them. The score decides whether it is taken, as for any move.
 *
 * <p>A region grows from an empty slot somebody could take: the people of its range, then the people of the ranges
 * of their slots, and so on (breadth first, in random order) until they are in the range of about
 * {@code regionPairs} (slot, person) pairs. Freed are the region's people's slots and the empty slots in their
 * ranges; slots held by anybody else stay as they are, so the people outside keep their load, and the region's
 * people keep their pinned slots (the model keeps them). These are the moves the local search cannot make: a dozen
 * people exchanging slots at once, one full-time slot for three part-time ones along a timeline.
 *
 * <p>A move costs a CP-SAT solve (milliseconds, at most {@code millis}): the solver configuration gives this factory
 * a small selection weight beside the cheap moves.
 */
public class ExactRegionMoveFactory extends RandomMoveFactory {

    /** Tries at drawing an empty slot that somebody could take before a region grows from any slot. */
    private static final int SEED_DRAWS = 32;
    /** From one person, the region grows through this many of their slots at most (drawn at random). */
    private static final int SLOTS_PER_PERSON = 12;

    private static final System.Logger log = System.getLogger(ExactRegionMoveFactory.class.getName());

    private long solves;
    private long changing;
    private long solveNanos;
    private int regionPairs = 600;
    private long millis = 200;
    private boolean shares = true;
    private List<Slot> slots;
    private Map<Candidate, List<Slot>> reach;
    private HeldSlots.Tracked tracked;

    /** Custom property: about how many (slot, person) pairs a region covers. */
    public void setRegionPairs(int regionPairs) {
        if (regionPairs < 1) {
            throw new IllegalArgumentException("regionPairs must be at least 1: " + regionPairs);
        }
        this.regionPairs = regionPairs;
    }

    /** Custom property: CP-SAT's time for the hours of one region (as much again for the shares). */
    public void setMillis(long millis) {
        this.millis = Math.max(1, millis);
    }

    /** Custom property: whether a region's most hours then go to women and QPV residents most (second stage). */
    public void setShares(boolean shares) {
        this.shares = shares;
    }

    /** The slots each person is in the range of, and who holds what as moves go (for the phase). */
    @Override
    public void phaseStarted(ScoreDirector<MatchingPlan> scoreDirector) {
        index(scoreDirector.getWorkingSolution());
        tracked = HeldSlots.track(scoreDirector);
    }

    private void index(MatchingPlan plan) {
        slots = plan.getSlots();
        reach = new IdentityHashMap<>();
        for (Slot s : slots) {
            for (Candidate c : s.getCompatibleCandidates()) {
                reach.computeIfAbsent(c, k -> new ArrayList<>()).add(s);
            }
        }
        ExactMatching.loadNativeLibraries();
    }

    @Override
    public void phaseEnded(ScoreDirector<MatchingPlan> scoreDirector) {
        log.log(System.Logger.Level.DEBUG, "Exact regions: {0} solved, {1} changing the plan, {2} ms in all", solves, changing,
                solveNanos / 1_000_000);
        if (tracked != null) {
            tracked.release();
            tracked = null;
        }
        slots = null;
        reach = null;
    }

    @Override
    public long getSize(ScoreDirector<MatchingPlan> scoreDirector) {
        return scoreDirector.getWorkingSolution().getSlots().size();
    }

    @Override
    public Iterator<ReassignMove> createRandomMoveIterator(ScoreDirector<MatchingPlan> scoreDirector, Random random) {
        MatchingPlan plan = scoreDirector.getWorkingSolution();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            /** Solves one region (only when asked: a union selector asks every child for an iterator each step). */
            @Override
            public ReassignMove next() {
                return regionMove(plan, random);
            }
        };
    }

    /** A region's move, or a move that changes nothing (not doable) when the model keeps the region as it is. */
    ReassignMove regionMove(MatchingPlan plan, Random random) {
        if (slots == null) {
            index(plan); // outside a phase (a test): an index of the plan as it is
        }
        Slot seed = seed(random);
        if (seed == null) {
            return ReassignMove.none();
        }
        RegionPeople region = region(seed, random);
        Set<Candidate> people = region.set();
        List<Slot> freed = new ArrayList<>();
        Set<Slot> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Candidate c : region.order()) {
            for (Slot s : reach.getOrDefault(c, List.of())) {
                if ((s.getCandidate() == null || people.contains(s.getCandidate())) && seen.add(s)) {
                    freed.add(s);
                }
            }
            for (Slot s : held(plan, c)) {
                if (seen.add(s)) {
                    freed.add(s);
                }
            }
        }
        List<Slot> copies = new ArrayList<>(freed.size());
        for (Slot s : freed) {
            Slot copy = s.copy();
            List<Candidate> range = new ArrayList<>();
            for (Candidate c : s.getCompatibleCandidates()) {
                if (people.contains(c)) {
                    range.add(c);
                }
            }
            copy.setCompatibleCandidates(range);
            copies.add(copy);
        }
        MatchingPlan sub = new MatchingPlan(plan.getId(), region.order(), plan.getContracts(), plan.getDemands(),
                copies, plan.getSettings());
        long begin = System.nanoTime();
        ExactResult result = ExactMatching.solve(sub, new ExactSettings(Duration.ofMillis(millis),
                Duration.ofMillis(shares ? millis : 0), 1, sub).forSearch());
        solveNanos += System.nanoTime() - begin;
        solves++;
        if (result.status() != ExactResult.Status.OPTIMAL && result.status() != ExactResult.Status.FEASIBLE) {
            return ReassignMove.none();
        }
        List<Slot> changed = new ArrayList<>();
        List<Candidate> to = new ArrayList<>();
        List<Slot> solved = result.plan().getSlots();
        for (int i = 0; i < freed.size(); i++) {
            Candidate now = solved.get(i).getCandidate();
            if (freed.get(i).getCandidate() != now) {
                changed.add(freed.get(i));
                to.add(now);
            }
        }
        changing += changed.isEmpty() ? 0 : 1;
        return changed.isEmpty() ? ReassignMove.none()
                : new ReassignMove(changed.toArray(new Slot[0]), to.toArray(new Candidate[0]));
    }

    private Iterable<Slot> held(MatchingPlan plan, Candidate c) {
        return tracked != null ? tracked.of(c) : List.of();
    }

    /** An empty, unpinned slot somebody could take, drawn at random; else any slot somebody could take; else null. */
    private Slot seed(Random random) {
        if (slots.isEmpty()) {
            return null;
        }
        Slot any = null;
        for (int draw = 0; draw < SEED_DRAWS; draw++) {
            Slot s = slots.get(random.nextInt(slots.size()));
            if (s.getCompatibleCandidates().isEmpty() || s.isPinned()) {
                continue;
            }
            if (s.getCandidate() == null) {
                return s;
            }
            any = any == null ? s : any;
        }
        return any;
    }

    /** The region's people, breadth first from the seed's range, until they cover about {@code regionPairs} pairs. */
    private RegionPeople region(Slot seed, Random random) {
        // by identity: a person is a record, hashed on all its fields
        Set<Candidate> people = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Candidate> order = new ArrayList<>();
        ArrayDeque<Candidate> queue = new ArrayDeque<>(shuffled(seed.getCompatibleCandidates(), random));
        long pairs = 0;
        Set<Candidate> queued = Collections.newSetFromMap(new IdentityHashMap<>());
        queued.addAll(queue);
        while (!queue.isEmpty() && pairs < regionPairs) {
            Candidate c = queue.poll();
            if (!people.add(c)) {
                continue;
            }
            order.add(c);
            List<Slot> mine = reach.getOrDefault(c, List.of());
            pairs += mine.size();
            List<Slot> next = mine.size() <= SLOTS_PER_PERSON ? mine : shuffled(mine, random).subList(0, SLOTS_PER_PERSON);
            for (Slot s : next) {
                for (Candidate d : shuffled(s.getCompatibleCandidates(), random)) {
                    if (queued.add(d)) {
                        queue.add(d);
                    }
                }
            }
        }
        return new RegionPeople(people, order);
    }

    /** The region's people: a set by identity, and the order they joined (for the model). */
    private record RegionPeople(Set<Candidate> set, List<Candidate> order) {
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }
}
