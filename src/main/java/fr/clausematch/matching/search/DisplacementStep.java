package fr.clausematch.matching.search;

import fr.clausematch.matching.constraints.MatchingRules;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;

/**
 * The working plan as one step of {@link DisplacementMoveFactory} sees it, and the random tries of that
 * step: a chain of hand-overs ({@link #randomChain}) or, at its end, every overlapping slot handed over
 * ({@link #handOverAll}). Who holds what comes from {@link HeldSlots}, the shares below target from
 * {@link ShareGaps} (with {@code shares} only).
 */
final class DisplacementStep {

    private final List<Slot> slots;
    private final HeldSlots held;
    private final ShareGaps gaps;
    private final boolean shares;
    private final int depth;

    DisplacementStep(MatchingPlan plan, HeldSlots held, ShareGaps gaps, boolean shares, int depth) {
        this.slots = plan.getSlots();
        this.held = held;
        this.gaps = gaps;
        this.shares = shares;
        this.depth = depth;
    }

    /** Whether a move may start from this slot. */
    private boolean origin(Slot s) {
        if (s.isPinned() || s.getCompatibleCandidates().isEmpty()) {
            return false;
        }
        Candidate c = s.getCandidate();
        if (shares) {
            return gaps.missing(s.getContractType(), c) != 0;
        }
        return c == null || s.getCompatibleCandidates().size() > 1;
    }

    /** One random try; null when it led nowhere. */
    ReassignMove attempt(Random random) {
        if (slots.isEmpty()) {
            return null;
        }
        Slot s1 = slots.get(random.nextInt(slots.size()));
        if (!origin(s1)) {
            return null;
        }
        return randomChain(s1, random);
    }

    /**
     * A chain: the new holder of a slot takes it and hands over the overlapping slot in the way, to the
     * first holder when that closes the chain, else to another person of its range, who may in turn
     * hand over one of theirs, up to {@link #depth} slots.
     */
    private ReassignMove randomChain(Slot s1, Random random) {
        Candidate c1 = s1.getCandidate();
        Candidate c = newHolder(s1, c1, random);
        if (c == null) {
            return null;
        }
        List<Slot> chain = new ArrayList<>(depth);
        List<Candidate> to = new ArrayList<>(depth);
        Slot s = s1;
        while (true) {
            chain.add(s);
            to.add(c);
            Collection<Slot> mine = held.of(c);
            if (fits(c, mine, null, s)) {
                return move(chain, to);
            }
            if (chain.size() == depth) {
                return null;
            }
            Slot next = inTheWay(mine, s, random);
            if (next.isPinned() || !fits(c, mine, next, s)) {
                return handOverAll(chain, to, c, mine, s1, c1, random);
            }
            if (c1 == null && next.getHours() <= s1.getHours() && random.nextInt(4) == 0) {
                // from an empty slot: the slot handed over may stay empty when it has fewer hours
                chain.add(next);
                to.add(null);
                return move(chain, to);
            }
            List<Candidate> range = next.getCompatibleCandidates();
            if (c1 != null && range.contains(c1) && !to.contains(c1) && random.nextBoolean()
                    && fits(c1, held.of(c1), s1, next)) {
                chain.add(next);
                to.add(c1);
                return move(chain, to);
            }
            c = range.get(random.nextInt(range.size()));
            if (c.equals(c1) || to.contains(c)) {
                return null;
            }
            s = next;
        }
    }

    /**
     * The end of a chain where the new holder {@code c} of the last slot {@code s} must give up every
     * slot of theirs overlapping it (one is not enough): all of them go to the first holder, who lost
     * the first slot, when they fit there together (a one-for-several swap), else each to a person of
     * its range with room; from an empty slot of at least their hours, those nobody can take stay
     * empty. Null when that cannot be done.
     */
    private ReassignMove handOverAll(List<Slot> chain, List<Candidate> to, Candidate c, Collection<Slot> mine,
                                     Slot s1, Candidate c1, Random random) {
        Slot s = chain.get(chain.size() - 1);
        List<Slot> away = new ArrayList<>(3);
        for (Slot h : mine) {
            if (overlap(h, s)) {
                if (h.isPinned()) {
                    return null;
                }
                away.add(h);
            }
        }
        List<Slot> after = new ArrayList<>(mine);
        after.removeAll(away);
        after.add(s);
        if (MatchingRules.overloadTenthDays(c.maxTenthsPerWeek(), after) > 0) {
            return null;
        }
        if (c1 != null && !to.contains(c1) && away.stream().allMatch(h -> h.getCompatibleCandidates().contains(c1))) {
            List<Slot> theirs = new ArrayList<>(held.of(c1));
            theirs.remove(s1);
            theirs.addAll(away);
            if (MatchingRules.overloadTenthDays(c1.maxTenthsPerWeek(), theirs) == 0) {
                for (Slot h : away) {
                    chain.add(h);
                    to.add(c1);
                }
                return move(chain, to);
            }
        }
        int awayHours = 0;
        for (Slot h : away) {
            awayHours += h.getHours();
        }
        boolean mayEmpty = c1 == null && awayHours <= s1.getHours();
        for (Slot h : away) {
            Candidate taker = withRoom(h, c, c1, to, random);
            if (taker == null && !mayEmpty) {
                return null;
            }
            chain.add(h);
            to.add(taker);
        }
        return move(chain, to);
    }

    /** A person of the slot's range, not {@code c}, {@code c1} nor in {@code to}, who has room for it; null if none. */
    private Candidate withRoom(Slot h, Candidate c, Candidate c1, List<Candidate> to, Random random) {
        List<Candidate> range = h.getCompatibleCandidates();
        int start = random.nextInt(range.size());
        for (int i = 0; i < range.size(); i++) {
            Candidate taker = range.get((start + i) % range.size());
            if (!taker.equals(c) && !taker.equals(c1) && !to.contains(taker) && fits(taker, held.of(taker), null, h)) {
                return taker;
            }
        }
        return null;
    }

    private static Slot inTheWay(Collection<Slot> held, Slot s, Random random) {
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

    /** A person of the slot's range other than its holder; with shares, one in a group below target the holder is not in. */
    private Candidate newHolder(Slot s, Candidate holder, Random random) {
        List<Candidate> range = s.getCompatibleCandidates();
        if (!shares) {
            Candidate c = range.get(random.nextInt(range.size()));
            return c.equals(holder) ? null : c;
        }
        int count = 0;
        for (Candidate c : range) {
            if (gaps.gains(s.getContractType(), holder, c)) {
                count++;
            }
        }
        if (count == 0) {
            return null;
        }
        int pick = random.nextInt(count);
        for (Candidate c : range) {
            if (gaps.gains(s.getContractType(), holder, c) && pick-- == 0) {
                return c;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** Whether the person can hold their slots less {@code minus} plus {@code plus} (either may be null) under rule 9. */
    static boolean fits(Candidate c, Collection<Slot> held, Slot minus, Slot plus) {
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

    /** Whether the two slots share a day. */
    static boolean overlap(Slot a, Slot b) {
        return !a.getStartDate().isAfter(b.getEndDate()) && !b.getStartDate().isAfter(a.getEndDate());
    }
}
