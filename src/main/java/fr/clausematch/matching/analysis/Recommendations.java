package fr.clausematch.matching.analysis;

import fr.clausematch.matching.constraints.MatchingRule;
import fr.clausematch.matching.constraints.MatchingRules;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.LegalBasis;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;
import fr.clausematch.matching.search.Replanning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a solved plan would gain if one person took one slot: « where could this person work? » ({@link #forCandidate})
 * and « who could fill this slot? » ({@link #forSlot}), by exact evaluation of a few hand-overs on the plan as it is,
 * without solving again.
 *
 * <p>Taking slot {@code s}, person {@code p}:
 * <ul>
 *   <li>passes rules 1-8 for {@code s} (a person of the plan: {@code s} is in her value range, so a rejected pair
 *       never comes back; a person the plan does not know yet: {@link MatchingRules#compatible} and a weekly load
 *       not above hers);</li>
 *   <li>keeps rule 9: when her slots overlapping {@code s} leave no room, she gives up the fewest hours of them that
 *       make room (never a confirmed one); each slot she gives up is refilled by a person of its range with room,
 *       or stays empty;</li>
 *   <li>a slot held by someone else is taken only if that pairing is not confirmed (pinned): its holder then moves
 *       to another slot of her range that is empty (depth 1), or to one held by a third person who moves to an empty
 *       one or leaves it (depth 2), or has no other slot; the best of these is kept.</li>
 * </ul>
 * Every person touched keeps rule 9 on every day; the gain is counted exactly on the slots that change hands:
 * hours filled, then women's and QPV residents' hours (a woman of a QPV counts in both). Lines are ranked by hours,
 * then women's + QPV residents' hours, then the shorter trip.
 *
 * <p>Near misses: slots (or people) failing exactly one rule of 1-8, or a slot heavier a week than the person's
 * maximum (rule 9 alone), with that rule in words ({@link Reason}); a trip is a near miss only up to
 * {@link #nearReachKm} beyond the person's reach. Ranked by hours.
 */
public final class Recommendations {

    /** The most slots a person gives up at once to make room (subsets of them are tried: 2^4). */
    private static final int MAX_GIVEN_UP = 4;

    /** The gain of a change to the plan: hours filled, and women's and QPV residents' hours. */
    public record Gain(long hours, long womenHours, long qpvHours) implements Comparable<Gain> {

        static final Gain ZERO = new Gain(0, 0, 0);

        /** Women's hours + QPV residents' hours: the second key of the ranking. */
        public long sharesHours() {
            return womenHours + qpvHours;
        }

        @Override
        public int compareTo(Gain o) {
            int c = Long.compare(hours, o.hours);
            return c != 0 ? c : Long.compare(sharesHours(), o.sharesHours());
        }
    }

    /** One slot changing hands: from its holder ({@code from}, null: empty) to {@code to} (null: left empty). */
    public record Step(Slot slot, Candidate from, Candidate to) {
    }

    /**
     * One way to place {@code candidate} on {@code slot}: the distance from her home to the site, the gain, the slots
     * that change hands (the first is {@code slot}) and the same in words, and the rules passed in words.
     */
    public record Line(Slot slot, Candidate candidate, double distanceKm, Gain gain, List<Step> steps, List<Reason> chain,
                       Reason rules) {

        /** Whether someone loses a slot or a slot is left empty on the way (a displacement). */
        public boolean displaces() {
            return steps.stream().anyMatch(s -> s.from() != null);
        }
    }

    /** A pair failing exactly one rule: which, and in words. */
    public record NearMiss(Slot slot, Candidate candidate, MatchingRule rule, Reason reason) {
    }

    /** The lines ranked best first, and the near misses ranked by hours. */
    public record Advice(List<Line> lines, List<NearMiss> nearMisses) {
    }

    private final MatchingPlan plan;
    private final Map<String, Slot> slotsById = new HashMap<>();
    private final Map<Candidate, List<Slot>> held = new HashMap<>();
    private final Map<Candidate, Set<Slot>> ranges = new HashMap<>();
    private final Set<String> known = new HashSet<>();

    private Recommendations(MatchingPlan plan) {
        this.plan = plan;
        for (Candidate c : plan.getCandidates()) {
            known.add(c.id());
        }
        for (Slot s : plan.getSlots()) {
            slotsById.put(s.getId(), s);
            if (s.getCandidate() != null) {
                held.computeIfAbsent(s.getCandidate(), k -> new ArrayList<>(4)).add(s);
            }
            for (Candidate c : s.getCompatibleCandidates()) {
                ranges.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(s);
            }
        }
    }

    /** The plan as it is now (its slots' candidates, pins and value ranges); later changes to it are not followed. */
    public static Recommendations of(MatchingPlan plan) {
        return new Recommendations(plan);
    }

    /** How far beyond a person's reach a site is still a near miss: 10 km, or half her reach when more. */
    public static double nearReachKm(Candidate c) {
        return Math.max(10, c.maxDistanceKm() / 2);
    }

    /**
     * Where this person could work: every slot of the plan she could take, ranked, at most {@code limit} lines and
     * {@code limit} near misses. She may be one of the plan's people or one it does not know yet (just registered).
     */
    public Advice forCandidate(Candidate person, int limit) {
        List<Line> lines = new ArrayList<>();
        for (Slot s : rangeOf(person)) {
            evaluate(person, s).ifPresent(lines::add);
        }
        List<NearMiss> near = new ArrayList<>();
        for (Slot s : plan.getSlots()) {
            if (!(s.isPinned() && !person.equals(s.getCandidate()))) {
                nearMiss(person, s).ifPresent(near::add);
            }
        }
        return new Advice(top(lines, limit), topNear(near, limit));
    }

    /** Who could fill this slot: every person of the plan who could take it, ranked; empty for an unknown slot. */
    public Advice forSlot(String slotId, int limit) {
        Slot s = slotsById.get(slotId);
        if (s == null) {
            return new Advice(List.of(), List.of());
        }
        List<Line> lines = new ArrayList<>();
        for (Candidate c : s.getCompatibleCandidates()) {
            evaluate(c, s).ifPresent(lines::add);
        }
        List<NearMiss> near = new ArrayList<>();
        if (!s.isPinned()) {
            for (Candidate c : plan.getCandidates()) {
                if (!c.equals(s.getCandidate())) {
                    nearMiss(c, s).ifPresent(near::add);
                }
            }
        }
        return new Advice(top(lines, limit), topNear(near, limit));
    }

    /** The slot by id, or null. */
    public Slot slot(String slotId) {
        return slotsById.get(slotId);
    }

    /** The slots this person passes rules 1-8 for (her value range in the plan). */
    private Collection<Slot> rangeOf(Candidate c) {
        if (known.contains(c.id())) {
            return ranges.getOrDefault(c, Set.of());
        }
        List<Slot> range = new ArrayList<>();
        for (Slot s : plan.getSlots()) {
            if (Replanning.opens(c, s)) {
                range.add(s);
            }
        }
        return range;
    }

    private boolean compatible(Candidate c, Slot s) {
        return known.contains(c.id()) ? ranges.getOrDefault(c, Set.of()).contains(s) : Replanning.opens(c, s);
    }

    private List<Slot> heldBy(Candidate c) {
        return c == null ? List.of() : held.getOrDefault(c, List.of());
    }

    /**
     * The best way for {@code p} to take {@code s} (see the class comment), or empty when she cannot: {@code s} is
     * confirmed to someone, already hers, outside her range, or her confirmed slots leave no room.
     */
    public Optional<Line> evaluate(Candidate p, Slot s) {
        if (s.isPinned() || p.equals(s.getCandidate()) || !compatible(p, s)) {
            return Optional.empty();
        }
        List<Slot> mine = heldBy(p);
        List<List<Slot>> dropOptions = new ArrayList<>();
        if (fits(p, mine, List.of(), s)) {
            dropOptions.add(List.of());
        } else {
            List<Slot> overlapping = new ArrayList<>();
            for (Slot h : mine) {
                if (overlap(h, s) && !h.isPinned()) {
                    overlapping.add(h);
                }
            }
            overlapping.sort(Comparator.comparingInt(Slot::getHours).thenComparing(Slot::getId));
            int n = Math.min(overlapping.size(), MAX_GIVEN_UP);
            for (int mask = 1; mask < (1 << n); mask++) {
                List<Slot> drop = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if ((mask & (1 << i)) != 0) {
                        drop.add(overlapping.get(i));
                    }
                }
                if (fits(p, mine, drop, s)) {
                    dropOptions.add(drop);
                }
            }
        }
        List<Step> best = null;
        Gain bestGain = null;
        for (List<Slot> drop : dropOptions) {
            List<Step> steps = bestChain(p, s, drop);
            Gain gain = gain(steps);
            if (bestGain == null || gain.compareTo(bestGain) > 0) {
                best = steps;
                bestGain = gain;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        double km = MatchingRules.distanceKm(p, s.getContract());
        return Optional.of(new Line(s, p, km, bestGain, List.copyOf(best), words(best), rulesPassed(p, s, km)));
    }

    /** {@code p} takes {@code s} and gives up {@code drop}; the holder of {@code s} moves as well as she can; the slots given up are refilled if they can be. */
    private List<Step> bestChain(Candidate p, Slot s, List<Slot> drop) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(s, s.getCandidate(), p));
        for (Slot d : drop) {
            steps.add(new Step(d, p, null));
        }
        Candidate h = s.getCandidate();
        if (h != null) {
            List<Step> move = bestMove(p, h, s, steps);
            steps.addAll(move);
        }
        refill(steps);
        return steps;
    }

    /** Where the displaced holder {@code h} of {@code s} goes: the best of nowhere, an empty slot, or a third person's slot. */
    private List<Step> bestMove(Candidate p, Candidate h, Slot s, List<Step> sofar) {
        Map<Slot, Candidate> state = state(sofar);
        List<Slot> hers = heldBy(h);
        List<Step> best = List.of();
        Gain bestGain = Gain.ZERO;
        for (Slot t : ranges.getOrDefault(h, Set.of())) {
            if (t == s || t.isPinned() || !fits(h, hers, List.of(s), t)) {
                continue;
            }
            Candidate q = holder(state, t);
            if (q == null) {
                List<Step> move = List.of(new Step(t, null, h));
                Gain g = gain(move);
                if (g.compareTo(bestGain) > 0) {
                    best = move;
                    bestGain = g;
                }
            } else if (!q.equals(p) && !q.equals(h)) {
                // depth 2: q gives t to h, and goes to an empty slot of her range, or has none
                List<Step> move = new ArrayList<>(List.of(new Step(t, q, h)));
                Gain g = gain(move);
                if (g.compareTo(bestGain) > 0) {
                    best = List.copyOf(move);
                    bestGain = g;
                }
                List<Slot> theirs = heldBy(q);
                for (Slot e : ranges.getOrDefault(q, Set.of())) {
                    if (e == s || e == t || e.isPinned() || holder(state, e) != null || !fits(q, theirs, List.of(t), e)) {
                        continue;
                    }
                    List<Step> deeper = List.of(move.get(0), new Step(e, null, q));
                    Gain g2 = gain(deeper);
                    if (g2.compareTo(bestGain) > 0) {
                        best = deeper;
                        bestGain = g2;
                    }
                }
            }
        }
        return best;
    }

    /**
     * Slots left empty on the way ({@code to} null) go to a person of their range who has room and is not touched
     * yet, the one worth most to the shares; else they stay empty.
     */
    private void refill(List<Step> steps) {
        Set<Candidate> touched = new HashSet<>();
        for (Step st : steps) {
            if (st.from() != null) {
                touched.add(st.from());
            }
            if (st.to() != null) {
                touched.add(st.to());
            }
        }
        Map<Slot, Candidate> state = state(steps);
        List<Step> extra = new ArrayList<>();
        for (Step st : steps) {
            Slot d = st.slot();
            if (st.to() != null || holder(state, d) != null) {
                continue;
            }
            Candidate bestTaker = null;
            long bestShares = -1;
            for (Candidate r : d.getCompatibleCandidates()) {
                if (touched.contains(r) || !fits(r, heldBy(r), List.of(), d)) {
                    continue;
                }
                long shares = (r.isWoman() ? d.getHours() : 0) + (r.isQpvResident() ? d.getHours() : 0);
                if (shares > bestShares) {
                    bestTaker = r;
                    bestShares = shares;
                }
            }
            if (bestTaker != null) {
                touched.add(bestTaker);
                state.put(d, bestTaker);
                extra.add(new Step(d, null, bestTaker));
            }
        }
        steps.addAll(extra);
    }

    /** Who holds each slot the steps touch, after them. */
    private static Map<Slot, Candidate> state(List<Step> steps) {
        Map<Slot, Candidate> state = new IdentityHashMap<>();
        for (Step st : steps) {
            state.put(st.slot(), st.to());
        }
        return state;
    }

    private static Candidate holder(Map<Slot, Candidate> state, Slot s) {
        return state.containsKey(s) ? state.get(s) : s.getCandidate();
    }

    /**
     * The gain of the steps: the last holder of each slot against its holder in the plan. A slot given up then refilled
     * appears twice; only its first holder and its last count.
     */
    static Gain gain(List<Step> steps) {
        Map<Slot, Candidate[]> change = new IdentityHashMap<>();
        for (Step st : steps) {
            Candidate[] c = change.computeIfAbsent(st.slot(), k -> new Candidate[] {st.from(), null});
            c[1] = st.to();
        }
        long hours = 0;
        long women = 0;
        long qpv = 0;
        for (Map.Entry<Slot, Candidate[]> e : change.entrySet()) {
            int h = e.getKey().getHours();
            Candidate before = e.getValue()[0];
            Candidate after = e.getValue()[1];
            hours += (after != null ? h : 0) - (before != null ? h : 0);
            women += (after != null && after.isWoman() ? h : 0) - (before != null && before.isWoman() ? h : 0);
            qpv += (after != null && after.isQpvResident() ? h : 0) - (before != null && before.isQpvResident() ? h : 0);
        }
        return new Gain(hours, women, qpv);
    }

    /** Whether the person can hold {@code held} less {@code minus} plus {@code plus} under rule 9. */
    private static boolean fits(Candidate c, List<Slot> held, List<Slot> minus, Slot plus) {
        List<Slot> after = new ArrayList<>(held.size() + 1);
        for (Slot s : held) {
            if (!minus.contains(s)) {
                after.add(s);
            }
        }
        after.add(plus);
        return MatchingRules.overloadTenthDays(c.maxTenthsPerWeek(), after) == 0;
    }

    private static boolean overlap(Slot a, Slot b) {
        return !a.getStartDate().isAfter(b.getEndDate()) && !b.getStartDate().isAfter(a.getEndDate());
    }

    /**
     * The steps in words: who takes which slot (empty, or from whom), who gives up a slot and whether it is taken up
     * again or stays empty, and each person who loses a slot and gets none.
     */
    private static List<Reason> words(List<Step> steps) {
        Map<Slot, Candidate> last = state(steps);
        Set<Candidate> gaining = new HashSet<>(last.values());
        Set<Slot> said = new HashSet<>();
        List<Reason> words = new ArrayList<>();
        for (Step st : steps) {
            Slot slot = st.slot();
            if (!said.add(slot)) {
                continue; // a slot given up then taken up again: said with its first step
            }
            Candidate after = last.get(slot);
            if (st.to() == null) {
                words.add(after == null
                        ? Reason.of("recommendation.step.leftEmpty", st.from().id(), slot.getId(), slot.getHours())
                        : Reason.of("recommendation.step.handsOver", st.from().id(), slot.getId(), after.id()));
            } else if (st.from() == null) {
                words.add(Reason.of("recommendation.step.empty", st.to().id(), slot.getId()));
            } else {
                words.add(Reason.of("recommendation.step.takesOver", st.to().id(), slot.getId(), st.from().id()));
            }
        }
        Set<Candidate> reported = new HashSet<>();
        for (Step st : steps) {
            Candidate from = st.from();
            if (from != null && st.to() != null && !gaining.contains(from) && reported.add(from)) {
                words.add(Reason.of("recommendation.step.out", from.id(), st.slot().getId()));
            }
        }
        return words;
    }

    /** Rules 1-9 passed, in words: her trade, the trip against her reach, the level and licences asked, the weekly load. */
    private static Reason rulesPassed(Candidate p, Slot s, double km) {
        return Reason.of("recommendation.rules", new Reason.TradeCode(s.getTrade()), Reason.oneDecimal(km), Reason.noDecimal(p.maxDistanceKm()),
                p.qualificationLevel(), s.getMinQualificationLevel(),
                s.getRequiredLicences().isEmpty() ? Reason.of("recommendation.licences.none")
                        : Reason.of("recommendation.licences", List.copyOf(new TreeSet<>(s.getRequiredLicences()))),
                Reason.oneDecimal(s.getTenthsPerWeek() / 10.0), Reason.oneDecimal(p.maxTenthsPerWeek() / 10.0));
    }

    /** The one rule this pair fails, in words; empty when it fails none or more than one (or a trip too far for a near miss). */
    public static Optional<NearMiss> nearMiss(Candidate c, Slot s) {
        Set<MatchingRule> broken = EnumSet.noneOf(MatchingRule.class);
        broken.addAll(MatchingRules.brokenRules(c, s));
        if (s.getTenthsPerWeek() > c.maxTenthsPerWeek()) {
            broken.add(MatchingRule.WEEKLY_LOAD); // rule 9 with this slot alone
        }
        if (broken.size() != 1) {
            return Optional.empty();
        }
        MatchingRule rule = broken.iterator().next();
        Reason reason = switch (rule) {
            case ELIGIBLE -> c.eligibility().isEmpty() ? Reason.of("nearMiss.ELIGIBLE.none")
                    : Reason.of("nearMiss.ELIGIBLE.expired", c.eligibilityUntil().toString(), s.getStartDate().toString());
            case LEGAL_BASIS -> Reason.of(s.getContract().legalBasis() == LegalBasis.RESERVED_SIAE
                    ? "nearMiss.LEGAL_BASIS.siae" : "nearMiss.LEGAL_BASIS.disability");
            case URBAN_RENEWAL -> Reason.of("nearMiss.URBAN_RENEWAL");
            case TRADE -> Reason.of("nearMiss.TRADE", new Reason.TradeCode(s.getTrade()));
            case QUALIFICATION -> Reason.of("nearMiss.QUALIFICATION", c.qualificationLevel(), s.getMinQualificationLevel());
            case LICENCES -> {
                Set<String> missing = new TreeSet<>(s.getRequiredLicences());
                missing.removeAll(c.licences());
                yield Reason.of(missing.size() == 1 ? "nearMiss.LICENCES.one" : "nearMiss.LICENCES.many", List.copyOf(missing));
            }
            case REACH -> {
                double beyond = MatchingRules.distanceKm(c, s.getContract()) - c.maxDistanceKm();
                if (beyond > nearReachKm(c)) {
                    yield null;
                }
                yield Reason.of("nearMiss.REACH", Reason.oneDecimal(Math.max(0.1, beyond)), Reason.noDecimal(c.maxDistanceKm()));
            }
            case AVAILABILITY -> Reason.of("nearMiss.AVAILABILITY", s.getStartDate().toString(), s.getEndDate().toString());
            case WEEKLY_LOAD -> Reason.of("nearMiss.WEEKLY_LOAD", Reason.oneDecimal(s.getTenthsPerWeek() / 10.0),
                    Reason.oneDecimal(c.maxTenthsPerWeek() / 10.0));
        };
        if (reason == null) {
            return Optional.empty();
        }
        return Optional.of(new NearMiss(s, c, rule, reason));
    }

    private static List<Line> top(List<Line> lines, int limit) {
        lines.sort(Comparator.comparing(Line::gain).reversed()
                .thenComparingDouble(Line::distanceKm)
                .thenComparing(l -> l.slot().getId())
                .thenComparing(l -> l.candidate().id()));
        return List.copyOf(lines.subList(0, Math.min(limit, lines.size())));
    }

    private static List<NearMiss> topNear(List<NearMiss> near, int limit) {
        near.sort(Comparator.comparingInt((NearMiss n) -> n.slot().getHours()).reversed()
                .thenComparing(n -> n.slot().getId())
                .thenComparing(n -> n.candidate().id()));
        return List.copyOf(near.subList(0, Math.min(limit, near.size())));
    }
}
