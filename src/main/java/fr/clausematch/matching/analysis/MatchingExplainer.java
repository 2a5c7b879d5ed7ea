package fr.clausematch.matching.analysis;

import fr.clausematch.matching.constraints.MatchingConstraint;
import fr.clausematch.matching.constraints.MatchingRule;
import fr.clausematch.matching.constraints.MatchingRules;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.ContractType;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Explanations of a plan, in French: the score broken down by constraint, and for every slot why this
 * person (the constraints the pairing touches) or why nobody (how many compatible candidates; if none,
 * which rule shut out the most, e.g. « aucun candidat du métier F1703 à portée de Nevers »).
 * Sensitive eligibility criteria are never named.
 */
public final class MatchingExplainer {

    private MatchingExplainer() {
    }

    public record PlanExplanation(String score, List<ConstraintBreakdown> constraints, List<SlotExplanation> slots) {
    }

    /** One constraint's part of the score (every constraint is listed, 0 when untouched); {@code score} as text, e.g. {@code 0hard/-120medium/0soft}. */
    public record ConstraintBreakdown(String key, String name, String score, int matches, String justification) {
    }

    /** Why this slot has this candidate ({@code candidateId} null: why it is empty). */
    public record SlotExplanation(String slotId, String candidateId, int compatibleCandidates, List<String> reasons) {
    }

    public static PlanExplanation explain(MatchingPlan plan) {
        ScoreExplanation<MatchingPlan, HardMediumSoftLongScore> explanation = MatchingSolver.explainScore(plan);
        List<ConstraintBreakdown> breakdown = new ArrayList<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : explanation.getConstraintMatchTotalMap().values()) {
            MatchingConstraint c = MatchingConstraint.byLabel(total.getConstraintName());
            breakdown.add(new ConstraintBreakdown(c.key(), c.label(), total.getScore().toString(),
                    total.getConstraintMatchCount(), c.justification()));
        }
        for (MatchingConstraint c : MatchingConstraint.values()) {
            if (breakdown.stream().noneMatch(b -> b.key().equals(c.key()))) {
                breakdown.add(new ConstraintBreakdown(c.key(), c.label(), HardMediumSoftLongScore.ZERO.toString(), 0,
                        c.justification()));
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
        List<String> reasons = new ArrayList<>();
        double km = MatchingRules.distanceKm(c, s.getContract());
        Set<MatchingRule> broken = MatchingRules.brokenRules(c, s);
        if (broken.isEmpty()) {
            reasons.add(String.format(Locale.FRANCE, "Règles 1 à 8 respectées : métier %s, à %.1f km du chantier "
                    + "(portée %.0f km).", s.getTrade(), km, c.maxDistanceKm()));
        } else {
            reasons.add("Appariement confirmé qui enfreint : " + broken + ".");
        }
        if (s.isPinned()) {
            reasons.add("Appariement confirmé par le facilitateur (fixé).");
        }
        reasons.add("Pourvoit " + s.getHours() + " h d'insertion.");
        if (c.isWoman()) {
            reasons.add("Compte dans la part des heures aux femmes (" + typeLabel(s.getContractType()) + ").");
        }
        if (c.isQpvResident()) {
            reasons.add("Compte dans la part des heures aux habitants des QPV (" + typeLabel(s.getContractType()) + ").");
        }
        addMatches(reasons, slotIndictment);
        addMatches(reasons, candidateIndictment);
        return new SlotExplanation(s.getId(), c.id(), s.getCompatibleCandidates().size(), reasons);
    }

    private static void addMatches(List<String> reasons, Indictment<HardMediumSoftLongScore> indictment) {
        if (indictment == null) {
            return;
        }
        Map<String, HardMediumSoftLongScore> byConstraint = new java.util.TreeMap<>();
        for (ConstraintMatch<HardMediumSoftLongScore> match : indictment.getConstraintMatchSet()) {
            byConstraint.merge(match.getConstraintName(), match.getScore(), HardMediumSoftLongScore::add);
        }
        byConstraint.forEach((name, score) -> reasons.add(name + " : " + score + "."));
    }

    private static SlotExplanation explainEmpty(Slot s, CompatibilityIndex index, Map<Candidate, List<Slot>> held) {
        List<String> reasons = new ArrayList<>();
        int compatible = s.getCompatibleCandidates().size();
        String place = s.getContract().commune().isEmpty() ? "du chantier " + s.getContract().id()
                : "de " + s.getContract().commune();
        if (compatible > 0) {
            int busy = 0;
            for (Candidate c : s.getCompatibleCandidates()) {
                List<Slot> with = new ArrayList<>(held.getOrDefault(c, List.of()));
                with.add(s);
                if (MatchingRules.overloadTenthDays(c.maxTenthsPerWeek(), with) > 0) {
                    busy++;
                }
            }
            String text = compatible + " candidat(s) compatible(s) avec les règles 1 à 8 ; " + busy
                    + " déjà pris(es) sur ces dates au-delà de leur maximum hebdomadaire (règle 9)";
            if (busy < compatible) {
                text += " ; " + (compatible - busy) + " libre(s) : l'optimisation n'a pas encore trouvé cet appariement "
                        + "(relancer plus longtemps) ou il est bloqué par un appariement confirmé";
            }
            reasons.add(text + ".");
            return new SlotExplanation(s.getId(), null, compatible, reasons);
        }
        List<Candidate> withTrade = index.withTrade(s.getTrade());
        if (withTrade.isEmpty()) {
            reasons.add("Aucun candidat du métier " + s.getTrade() + ".");
            return new SlotExplanation(s.getId(), null, 0, reasons);
        }
        List<Candidate> inReach = new ArrayList<>();
        for (Candidate c : withTrade) {
            if (MatchingRules.distanceKm(c, s.getContract()) <= c.maxDistanceKm()) {
                inReach.add(c);
            }
        }
        if (inReach.isEmpty()) {
            reasons.add("Aucun candidat du métier " + s.getTrade() + " à portée " + place + " ("
                    + withTrade.size() + " candidat(s) du métier, tous trop loin : règle 7).");
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
        StringBuilder text = new StringBuilder("Aucun candidat compatible : " + inReach.size() + " candidat(s) du métier "
                + s.getTrade() + " à portée " + place + ", écartés");
        shutOut.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(e ->
                text.append(" surtout par la ").append(e.getKey()).append(" (").append(e.getValue()).append(")"));
        if (rejectedOrOverloaded > 0) {
            text.append(rejectedOrOverloaded == inReach.size() ? "" : " ;").append(" ").append(rejectedOrOverloaded)
                    .append(" refusé(s) pour ce poste ou dont le maximum hebdomadaire est sous les ")
                    .append(String.format(Locale.FRANCE, "%.1f", s.getTenthsPerWeek() / 10.0)).append(" h/semaine du poste");
        }
        reasons.add(text.append('.').toString());
        return new SlotExplanation(s.getId(), null, 0, reasons);
    }

    static String typeLabel(ContractType type) {
        return switch (type) {
            case WORKS -> "travaux";
            case SERVICES -> "services";
            case INTELLECTUAL_SERVICES -> "prestations intellectuelles";
        };
    }
}
