package fr.clausematch.matching.analysis;

import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.Contract;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Indicators of a plan: hours required (on the contracts) and in slots, hours filled, FTE, shares of
 * hours to women, to QPV residents and to each eligibility criterion, overall and by contract type;
 * and the shortage report (slots no candidate can fill at all, by trade and commune).
 *
 * <p>Hours of a criterion count every criterion a person holds (a person with RSA and DELD counts in
 * both). Sensitive criteria (AAH, RQTH, JUSTICE) are included: show them only to roles allowed to
 * see them.
 *
 * <p>{@code kmTotal}: the commuting the plan implies, home to site and back on each working day of each filled
 * slot, by the rule of {@link Commuting} (km, to a tenth); {@code co2Kg}: its CO2, kg CO2e (to a tenth), at
 * {@code co2KgPerKm} kg CO2e per km, the factor the caller passes (the planning side's setting
 * {@code clausematch.indicators.co2-kg-per-km}; {@link Commuting#DEFAULT_CO2_KG_PER_KM} by default).
 */
public record PlanIndicators(
        Figures total,
        Map<ContractType, Figures> byContractType,
        int candidatesAssigned,
        int fteHours,
        List<Shortage> shortages,
        double kmTotal,
        double co2Kg,
        double co2KgPerKm) {

    /** Figures of one scope (the whole plan or one contract type). */
    public record Figures(
            long hoursRequired,
            long hoursInSlots,
            long hoursAssigned,
            long hoursAssignedWomen,
            long hoursAssignedQpv,
            Map<EligibilityCriterion, Long> hoursByCriterion,
            int slots,
            int slotsFilled,
            double fte,
            double womenShare,
            double qpvShare) {
    }

    /** Slots that no candidate can fill (empty value range), grouped by trade and commune of the site. */
    public record Shortage(String trade, String commune, int slots, long hours) {
    }

    /** The indicators, the CO2 at the default factor ({@link Commuting#DEFAULT_CO2_KG_PER_KM}). */
    public static PlanIndicators of(MatchingPlan plan) {
        return of(plan, Commuting.DEFAULT_CO2_KG_PER_KM);
    }

    /** The indicators, the CO2 at {@code co2KgPerKm} kg CO2e per km. */
    public static PlanIndicators of(MatchingPlan plan, double co2KgPerKm) {
        if (!(co2KgPerKm >= 0) || Double.isInfinite(co2KgPerKm)) {
            throw new IllegalArgumentException("co2KgPerKm must be a finite number ≥ 0: " + co2KgPerKm);
        }
        int fteHours = plan.getSettings() == null ? 1607 : plan.getSettings().getFteHours();
        Acc total = new Acc();
        Map<ContractType, Acc> byType = new EnumMap<>(ContractType.class);
        Set<String> assignedCandidates = new HashSet<>();
        Map<String, long[]> shortage = new TreeMap<>();
        for (Contract k : plan.getContracts()) {
            total.required += k.requiredHours();
            byType.computeIfAbsent(k.type(), t -> new Acc()).required += k.requiredHours();
        }
        for (Slot s : plan.getSlots()) {
            Acc type = byType.computeIfAbsent(s.getContractType(), t -> new Acc());
            total.add(s);
            type.add(s);
            if (s.getCandidate() != null) {
                assignedCandidates.add(s.getCandidate().id());
            }
            if (s.getCompatibleCandidates().isEmpty()) {
                long[] acc = shortage.computeIfAbsent(s.getTrade() + '\u0000' + s.getContract().commune(), k -> new long[2]);
                acc[0]++;
                acc[1] += s.getHours();
            }
        }
        Map<ContractType, Figures> figuresByType = new EnumMap<>(ContractType.class);
        byType.forEach((type, acc) -> figuresByType.put(type, acc.figures(fteHours)));
        List<Shortage> shortages = new ArrayList<>();
        shortage.forEach((key, acc) -> {
            String[] parts = key.split("\u0000", -1);
            shortages.add(new Shortage(parts[0], parts[1], (int) acc[0], acc[1]));
        });
        shortages.sort(Comparator.comparingLong(Shortage::hours).reversed()
                .thenComparing(Shortage::trade).thenComparing(Shortage::commune));
        double km = Commuting.km(plan);
        return new PlanIndicators(total.figures(fteHours), figuresByType, assignedCandidates.size(), fteHours, shortages,
                tenth(km), tenth(km * co2KgPerKm), co2KgPerKm);
    }

    private static double tenth(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static final class Acc {
        long required;
        long inSlots;
        long assigned;
        long women;
        long qpv;
        int slots;
        int filled;
        final Map<EligibilityCriterion, Long> byCriterion = new EnumMap<>(EligibilityCriterion.class);

        void add(Slot s) {
            slots++;
            inSlots += s.getHours();
            Candidate c = s.getCandidate();
            if (c == null) {
                return;
            }
            filled++;
            assigned += s.getHours();
            if (c.isWoman()) {
                women += s.getHours();
            }
            if (c.isQpvResident()) {
                qpv += s.getHours();
            }
            for (EligibilityCriterion e : c.eligibility()) {
                byCriterion.merge(e, (long) s.getHours(), Long::sum);
            }
        }

        Figures figures(int fteHours) {
            Map<EligibilityCriterion, Long> criteria = new LinkedHashMap<>();
            for (EligibilityCriterion e : EligibilityCriterion.values()) {
                criteria.put(e, byCriterion.getOrDefault(e, 0L));
            }
            return new Figures(required, inSlots, assigned, women, qpv, criteria, slots, filled,
                    fteHours == 0 ? 0 : (double) assigned / fteHours,
                    assigned == 0 ? 0 : (double) women / assigned,
                    assigned == 0 ? 0 : (double) qpv / assigned);
        }
    }
}
