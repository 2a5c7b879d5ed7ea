package fr.clausematch.matching;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Moves that the change and swap selectors almost never find on this model, where a slot has a handful
 * of compatible candidates and most of them are busy (rule 9): a person takes a slot although an
 * overlapping slot of theirs is in the way, and hands that slot over, to the taken slot's holder (a swap
 * of two slots that fit each other's ranges) or to another person of its range, who may hand over one of
 * theirs in turn (a chain of up to {@code depth} slots, 3 by default). Started from an empty slot, such a
 * chain fills it without emptying another. When the person has room anyway, the move is a plain change.
 *
 * <p>With the custom property {@code shares=true}, the slot is given only to a woman or a QPV resident,
 * and only when its contract type is below its target share for that group and its holder is not in it:
 * the moves that can raise the shares of {@code women-share} and {@code qpv-share} without filling fewer
 * hours. Either way, every move is checked against rule 9 before it is offered, so no score is computed
 * for a move that would break it; the score decides whether a move is taken.
 */
public class DisplacementMoveFactory implements MoveIteratorFactory<MatchingPlan, ReassignMove> {

    private static final int ATTEMPTS = 100;
    private static final int WOMAN = 1;
    private static final int QPV = 2;

    private boolean shares;
    private int depth = 3;

    /** Custom property of the solver configuration: {@code true} = only moves toward the under-target shares. */
    public void setShares(String shares) {
        this.shares = Boolean.parseBoolean(shares);
    }

    /** Custom property: the most slots one move changes (2: a swap or a chain of two; default 3). */
    public void setDepth(String depth) {
        this.depth = Integer.parseInt(depth);
        if (this.depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1: " + depth);
        }
    }

    @Override
    public long getSize(ScoreDirector<MatchingPlan> scoreDirector) {
        long size = 0;
        for (Slot s : scoreDirector.getWorkingSolution().getSlots()) {
            size += s.getCompatibleCandidates().size();
        }
        return size;
    }

    @Override
    public Iterator<ReassignMove> createOriginalMoveIterator(ScoreDirector<MatchingPlan> scoreDirector) {
        throw new UnsupportedOperationException("DisplacementMoveFactory only selects at random (selectionOrder RANDOM)");
    }

    /** Called once per step: the iterator indexes the slots each person holds in the working plan of this step. */
    @Override
    public Iterator<ReassignMove> createRandomMoveIterator(ScoreDirector<MatchingPlan> scoreDirector, Random random) {
        MatchingPlan plan = scoreDirector.getWorkingSolution();
        return new Iterator<>() {
            // built on first use: a union selector asks every child for an iterator (and hasNext) each
            // step but may take no move from this one
            private Step step;

            private Step step() {
                if (step == null) {
                    step = new Step(plan, shares, depth);
                }
                return step;
            }

            /** Always: the union selector asks at once, so the answer must not build the step (see next). */
            @Override
            public boolean hasNext() {
                return true;
            }

            /** A move; a move that changes nothing (not doable) when none was found. */
            @Override
            public ReassignMove next() {
                if (step().origins.isEmpty()) {
                    return ReassignMove.none();
                }
                for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                    ReassignMove move = step().attempt(random);
                    if (move != null) {
                        return move;
                    }
                }
                return ReassignMove.none();
            }
        };
    }

    static int groups(Candidate c) {
        return c == null ? 0 : (c.isWoman() ? WOMAN : 0) | (c.isQpvResident() ? QPV : 0);
    }

    /** Whether the person can hold their slots less {@code minus} plus {@code plus} (either may be null) under rule 9. */
    static boolean fits(Candidate c, List<Slot> held, Slot minus, Slot plus) {
        List<Slot> after = new ArrayList<>(held.size() + 1);
        for (Slot s : held) {
            if (s != minus) {
                after.add(s);
            }
        }
        if (plus != null) {
            after.add(plus);
        }
        return MatchingRules.overloadTenthDays(c.maxTenthsPerWeek(), after) == 0;
    }

    static boolean overlap(Slot a, Slot b) {
        return !a.getStartDate().isAfter(b.getEndDate()) && !b.getStartDate().isAfter(a.getEndDate());
    }

    /** The working plan as one step sees it. */
    private static final class Step {

        private final boolean shares;
        private final int depth;
        private final Map<Candidate, List<Slot>> held = new HashMap<>();
        private final List<Slot> origins = new ArrayList<>();
        /** Per contract type (ordinal): the groups (WOMAN, QPV) whose share is below its target. */
        private final int[] wanted = new int[ContractType.values().length];

        Step(MatchingPlan plan, boolean shares, int depth) {
            this.shares = shares;
            this.depth = depth;
            long[][] sums = new long[ContractType.values().length][3];
            for (Slot s : plan.getSlots()) {
                Candidate c = s.getCandidate();
                if (c != null) {
                    held.computeIfAbsent(c, k -> new ArrayList<>(4)).add(s);
                    long[] sum = sums[s.getContractType().ordinal()];
                    sum[0] += s.getHours();
                    sum[1] += c.isWoman() ? s.getHours() : 0;
                    sum[2] += c.isQpvResident() ? s.getHours() : 0;
                }
            }
            MatchingSettings settings = plan.getSettings() == null ? new MatchingSettings() : plan.getSettings();
            boolean womenCount = settings.getWeight(MatchingConstraint.WOMEN_SHARE).softScore() != 0;
            boolean qpvCount = settings.getWeight(MatchingConstraint.QPV_SHARE).softScore() != 0;
            for (ContractType type : ContractType.values()) {
                long[] sum = sums[type.ordinal()];
                if (womenCount && 1000 * sum[1] < (long) settings.womenTargetPermille(type) * sum[0]) {
                    wanted[type.ordinal()] |= WOMAN;
                }
                if (qpvCount && 1000 * sum[2] < (long) settings.qpvTargetPermille(type) * sum[0]) {
                    wanted[type.ordinal()] |= QPV;
                }
            }
            for (Slot s : plan.getSlots()) {
                if (s.isPinned() || s.getCompatibleCandidates().isEmpty()) {
                    continue;
                }
                Candidate c = s.getCandidate();
                if (shares ? c != null && (wanted[s.getContractType().ordinal()] & ~groups(c)) != 0
                        : c == null || s.getCompatibleCandidates().size() > 1) {
                    origins.add(s);
                }
            }
        }

        private List<Slot> held(Candidate c) {
            return c == null ? List.of() : held.getOrDefault(c, List.of());
        }

        /**
         * One random try; null when it led nowhere. A chain: the new holder of a slot takes it and hands
         * over the overlapping slot in the way, to the first holder when that closes the chain, else to
         * another person of its range, who may in turn hand over one of theirs, up to {@link #depth} slots.
         */
        ReassignMove attempt(Random random) {
            Slot s1 = origins.get(random.nextInt(origins.size()));
            Candidate c1 = s1.getCandidate();
            Candidate c = newHolder(s1, c1, random);
            if (c == null) {
                return null;
            }
            List<Slot> slots = new ArrayList<>(depth);
            List<Candidate> to = new ArrayList<>(depth);
            Slot s = s1;
            while (true) {
                slots.add(s);
                to.add(c);
                List<Slot> held = held(c);
                if (fits(c, held, null, s)) {
                    return move(slots, to);
                }
                if (slots.size() == depth) {
                    return null;
                }
                Slot next = inTheWay(held, s, random);
                if (next.isPinned() || !fits(c, held, next, s)) {
                    return null;
                }
                List<Candidate> range = next.getCompatibleCandidates();
                if (c1 != null && range.contains(c1) && !to.contains(c1) && random.nextBoolean()
                        && fits(c1, held(c1), s1, next)) {
                    slots.add(next);
                    to.add(c1);
                    return move(slots, to);
                }
                c = range.get(random.nextInt(range.size()));
                if (c.equals(c1) || to.contains(c)) {
                    return null;
                }
                s = next;
            }
        }

        private static Slot inTheWay(List<Slot> held, Slot s, Random random) {
            List<Slot> overlapping = new ArrayList<>(2);
            for (Slot h : held) {
                if (overlap(h, s)) {
                    overlapping.add(h);
                }
            }
            return overlapping.get(random.nextInt(overlapping.size()));
        }

        private static ReassignMove move(List<Slot> slots, List<Candidate> to) {
            return new ReassignMove(slots.toArray(new Slot[0]), to.toArray(new Candidate[0]));
        }

        /** A person of the slot's range other than its holder; with shares, one in a wanted group the holder is not in. */
        private Candidate newHolder(Slot s, Candidate holder, Random random) {
            List<Candidate> range = s.getCompatibleCandidates();
            if (!shares) {
                Candidate c = range.get(random.nextInt(range.size()));
                return c.equals(holder) ? null : c;
            }
            int better = wanted[s.getContractType().ordinal()] & ~groups(holder);
            int count = 0;
            for (Candidate c : range) {
                if ((groups(c) & better) != 0) {
                    count++;
                }
            }
            if (count == 0) {
                return null;
            }
            int pick = random.nextInt(count);
            for (Candidate c : range) {
                if ((groups(c) & better) != 0 && pick-- == 0) {
                    return c;
                }
            }
            throw new IllegalStateException("unreachable");
        }
    }
}
