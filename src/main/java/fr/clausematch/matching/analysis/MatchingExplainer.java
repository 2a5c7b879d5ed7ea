package fr.clausematch.matching.analysis;

import fr.clausematch.matching.constraints.MatchingConstraint;
import fr.clausematch.matching.constraints.MatchingRule;
import fr.clausematch.matching.constraints.MatchingRules;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;
import fr.clausematch.matching.search.CompatibilityIndex;
import fr.clausematch.matching.search.MatchingSolver;

import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.score.constraint.Indictment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Explanations of a plan: the score broken down by constraint, and for every slot why this person (the
 * constraints the pairing touches, each for or against it) or why nobody (how many compatible
 * candidates; if none, which rule shut out the most, e.g. no candidate of trade F1703 within reach of
 * Nevers). Slot explanations are {@link Reason} codes with parameters, put into words by the application
 * in the reader's language. Sensitive eligibility criteria are never named.
 */
public final class MatchingExplainer {

    private MatchingExplainer() {
    }

    public record PlanExplanation(String score, List<ConstraintBreakdown> constraints, List<SlotExplanation> slots) {
    }

    /**
     * One constraint's part of the score (every constraint is listed, 0 when untouched); {@code score} as
     * text, e.g. {@code 0hard/-120medium/0soft}. The application names the constraint from its key.
     */
    public record ConstraintBreakdown(String key, String score, int matches) {
    }

    /** Why this slot has this candidate ({@code candidateId} null: why it is empty). */
    public record SlotExplanation(String slotId, String candidateId, int compatibleCandidates, List<Reason> reasons) {
    }

    public static PlanExplanation explain(MatchingPlan plan) {
        ScoreExplanation<MatchingPlan, HardMediumSoftLongScore> explanation = MatchingSolver.explainScore(plan);
        List<ConstraintBreakdown> breakdown = new ArrayList<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : explanation.getConstraintMatchTotalMap().values()) {
            MatchingConstraint c = MatchingConstraint.byLabel(total.getConstraintName());
            breakdown.add(new ConstraintBreakdown(c.key(), total.getScore().toString(), total.getConstraintMatchCount()));
        }
        for (MatchingConstraint c : MatchingConstraint.values()) {
            if (breakdown.stream().noneMatch(b -> b.key().equals(c.key()))) {
                breakdown.add(new ConstraintBreakdown(c.key(), HardMediumSoftLongScore.ZERO.toString(), 0));
            }
        }
        breakdown.sort(Comparator.comparing(b -> MatchingConstraint.byKey(b.key()).ordinal()));
        Map<String, Indictment<HardMediumSoftLongScore>> bySlotId = new HashMap<>();
        Map<String, Indictment<HardMediumSoftLongScore>> byCandidateId = new HashMap<>();
        explanation.getIndictmentMap().forEach((object, indictment) -> {
            if (object instanceof Slot s) {
                bySlotId.put(s.getId(), indictment);
            } else if (object instanceof Candidate c) {
                byCandidateId.put(c.id(), indictment);
            }
        });
        Map<Candidate, List<Slot>> held = new HashMap<>();
        for (Slot s : plan.getSlots()) {
            if (s.getCandidate() != null) {
                held.computeIfAbsent(s.getCandidate(), c -> new ArrayList<>()).add(s);
            }
        }
        CompatibilityIndex index = null;
        List<SlotExplanation> slots = new ArrayList<>(plan.getSlots().size());
        for (Slot s : plan.getSlots()) {
            if (s.getCandidate() != null) {
                slots.add(explainAssigned(s, bySlotId.get(s.getId()), byCandidateId.get(s.getCandidate().id())));
            } else {
                if (index == null) {
                    index = new CompatibilityIndex(plan.getCandidates());
                }
                slots.add(explainEmpty(s, index, held));
            }
        }
        return new PlanExplanation(explanation.getScore().toString(), breakdown, slots);
    }

    private static SlotExplanation explainAssigned(Slot s, Indictment<HardMediumSoftLongScore> slotIndictment,
                                                   Indictment<HardMediumSoftLongScore> candidateIndictment) {
        Candidate c = s.getCandidate();
        List<Reason> reasons = new ArrayList<>();
        double km = MatchingRules.distanceKm(c, s.getContract());
        Set<MatchingRule> broken = MatchingRules.brokenRules(c, s);
        if (broken.isEmpty()) {
            reasons.add(Reason.of("reason.rules.respected", new Reason.TradeCode(s.getTrade()), Reason.oneDecimal(km), Reason.noDecimal(c.maxDistanceKm())));
        } else {
            reasons.add(Reason.of("reason.rules.broken", List.copyOf(broken)));
        }
        if (s.isPinned()) {
            reasons.add(Reason.of("reason.pinned"));
        }
        reasons.add(Reason.of("reason.fills", s.getHours()));
        if (c.isWoman()) {
            reasons.add(Reason.of("reason.share.women", s.getContractType()));
        }
        if (c.isQpvResident()) {
            reasons.add(Reason.of("reason.share.qpv", s.getContractType()));
        }
        addMatches(reasons, slotIndictment);
        addMatches(reasons, candidateIndictment);
        return new SlotExplanation(s.getId(), c.id(), s.getCompatibleCandidates().size(), reasons);
    }

    /**
     * One reason per constraint the pairing touches, in the order of the constraint names: for it when
     * it raises the score, against it when it lowers it (the points themselves stay on the score page).
     */
    private static void addMatches(List<Reason> reasons, Indictment<HardMediumSoftLongScore> indictment) {
        if (indictment == null) {
            return;
        }
        Map<String, HardMediumSoftLongScore> byConstraint = new java.util.TreeMap<>();
        for (ConstraintMatch<HardMediumSoftLongScore> match : indictment.getConstraintMatchSet()) {
            byConstraint.merge(match.getConstraintName(), match.getScore(), HardMediumSoftLongScore::add);
        }
        byConstraint.forEach((name, score) -> {
            MatchingConstraint constraint = MatchingConstraint.byLabel(name);
            int sign = score.compareTo(HardMediumSoftLongScore.ZERO);
            reasons.add(Reason.of(sign > 0 ? "reason.match.for" : sign < 0 ? "reason.match.against" : "reason.match.neutral",
                    constraint));
        });
    }

    private static SlotExplanation explainEmpty(Slot s, CompatibilityIndex index, Map<Candidate, List<Slot>> held) {
        List<Reason> reasons = new ArrayList<>();
        int compatible = s.getCompatibleCandidates().size();
        Reason place = s.getContract().commune().isEmpty() ? Reason.of("reason.place.site", s.getContract().id())
                : Reason.of("reason.place.commune", s.getContract().commune());
        if (compatible > 0) {
            int busy = 0;
            for (Candidate c : s.getCompatibleCandidates()) {
                List<Slot> with = new ArrayList<>(held.getOrDefault(c, List.of()));
                with.add(s);
                if (MatchingRules.overloadTenthDays(c.maxTenthsPerWeek(), with) > 0) {
                    busy++;
                }
            }
            reasons.add(busy < compatible ? Reason.of("reason.empty.someFree", compatible, busy, compatible - busy)
                    : Reason.of("reason.empty.allBusy", compatible, busy));
            return new SlotExplanation(s.getId(), null, compatible, reasons);
        }
        List<Candidate> withTrade = index.withTrade(s.getTrade());
        if (withTrade.isEmpty()) {
            reasons.add(Reason.of("reason.empty.noTrade", new Reason.TradeCode(s.getTrade())));
            return new SlotExplanation(s.getId(), null, 0, reasons);
        }
        List<Candidate> inReach = new ArrayList<>();
        for (Candidate c : withTrade) {
            if (MatchingRules.distanceKm(c, s.getContract()) <= c.maxDistanceKm()) {
                inReach.add(c);
            }
        }
        if (inReach.isEmpty()) {
            reasons.add(Reason.of("reason.empty.tooFar", new Reason.TradeCode(s.getTrade()), place, withTrade.size()));
            return new SlotExplanation(s.getId(), null, 0, reasons);
        }
        Map<MatchingRule, Integer> shutOut = new EnumMap<>(MatchingRule.class);
        int rejectedOrOverloaded = 0;
        for (Candidate c : inReach) {
            Set<MatchingRule> broken = MatchingRules.brokenRules(c, s);
            if (broken.isEmpty()) {
                rejectedOrOverloaded++;
            }
            for (MatchingRule r : broken) {
                shutOut.merge(r, 1, Integer::sum);
            }
        }
        Map.Entry<MatchingRule, Integer> most = shutOut.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
        Object hoursPerWeek = Reason.oneDecimal(s.getTenthsPerWeek() / 10.0);
        if (most == null) {
            reasons.add(Reason.of("reason.empty.refused", inReach.size(), new Reason.TradeCode(s.getTrade()), place, rejectedOrOverloaded,
                    hoursPerWeek));
        } else if (rejectedOrOverloaded > 0) {
            reasons.add(Reason.of("reason.empty.ruleAndRefused", inReach.size(), new Reason.TradeCode(s.getTrade()), place, most.getKey(),
                    most.getValue(), rejectedOrOverloaded, hoursPerWeek));
        } else {
            reasons.add(Reason.of("reason.empty.rule", inReach.size(), new Reason.TradeCode(s.getTrade()), place, most.getKey(), most.getValue()));
        }
        return new SlotExplanation(s.getId(), null, 0, reasons);
    }
}
