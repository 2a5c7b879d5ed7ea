package fr.clausematch.matching.constraints;

import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.ContractTypeDemand;
import fr.clausematch.matching.model.Slot;

import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

import java.time.temporal.ChronoUnit;

/**
 * The constraints of the matching model (see {@link MatchingConstraint} for their wording). Weights
 * come from {@link MatchingSettings}; match weights are in the units listed in
 * {@code solver-config/constraint-weights.properties}.
 */
public class MatchingConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                pairingRules(factory),
                weeklyLoad(factory),
                unfilledHours(factory),
                womenShare(factory),
                qpvShare(factory),
                typeBalance(factory),
                loadConcentration(factory),
                waitingPriority(factory),
                distance(factory),
                ownNeighbourhood(factory),
                continuity(factory)
        };
    }

    /** Hard: rules 1-8 (the value ranges already enforce them; this catches pinned pairs a change made invalid). */
    Constraint pairingRules(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .filter(s -> !MatchingRules.compatible(s.getCandidate(), s))
                .penalizeConfigurableLong(s -> Math.max(1, s.getHours()))
                .asConstraint(ConstraintNames.PAIRING_RULES);
    }

    /** Hard, rule 9: tenth-hours of weekly load above the person's maximum, summed over every day. */
    Constraint weeklyLoad(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .groupBy(Slot::getCandidate, ConstraintCollectors.toList())
                .filter((candidate, slots) -> MatchingRules.overloadTenthDays(candidate.maxTenthsPerWeek(), slots) > 0)
                .penalizeConfigurableLong((candidate, slots) ->
                        MatchingRules.overloadTenthDays(candidate.maxTenthsPerWeek(), slots))
                .asConstraint(ConstraintNames.WEEKLY_LOAD);
    }

    /** Medium: hours of the slots left empty. */
    Constraint unfilledHours(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Slot.class)
                .filter(s -> s.getCandidate() == null)
                .penalizeConfigurableLong(Slot::getHours)
                .asConstraint(ConstraintNames.UNFILLED_HOURS);
    }

    /** Soft: tenth-hours missing to reach the target share of hours to women, per contract type. */
    Constraint womenShare(ConstraintFactory factory) {
        return shareBelowTarget(factory, Candidate::isWoman, MatchingSettings::womenTargetPermille,
                ConstraintNames.WOMEN_SHARE);
    }

    /** Soft: tenth-hours missing to reach the target share of hours to QPV residents, per contract type. */
    Constraint qpvShare(ConstraintFactory factory) {
        return shareBelowTarget(factory, Candidate::isQpvResident, MatchingSettings::qpvTargetPermille,
                ConstraintNames.QPV_SHARE);
    }

    private static Constraint shareBelowTarget(ConstraintFactory factory, java.util.function.Predicate<Candidate> inGroup,
                                               java.util.function.ToIntBiFunction<MatchingSettings, ContractType> target,
                                               String name) {
        return factory.forEach(Slot.class)
                .groupBy(Slot::getContractType,
                        ConstraintCollectors.sumLong(s -> (long) s.getHours()),
                        ConstraintCollectors.sumLong(s -> inGroup.test(s.getCandidate()) ? (long) s.getHours() : 0L))
                .join(MatchingSettings.class)
                .penalizeConfigurableLong((type, assigned, part, settings) ->
                        shareDeficitTenths(target.applyAsInt(settings, type), assigned, part))
                .asConstraint(name);
    }

    /** (target × assigned − part), in tenths of an hour, at least 0. */
    static long shareDeficitTenths(int targetPermille, long assignedHours, long partHours) {
        long deficitPermilleHours = targetPermille * assignedHours - 1000L * partHours;
        return deficitPermilleHours <= 0 ? 0 : deficitPermilleHours / 100;
    }

    /** Soft: thousandths between the highest and the lowest fill rate of the contract types that have slots. */
    Constraint typeBalance(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Slot.class)
                .groupBy(Slot::getContractType, ConstraintCollectors.sumLong(s -> (long) s.getAssignedHours()))
                .join(ContractTypeDemand.class, Joiners.equal((type, assigned) -> type, ContractTypeDemand::type))
                .filter((type, assigned, demand) -> demand.hours() > 0)
                .groupBy(ConstraintCollectors.min(MatchingConstraintProvider::fillRatePermille),
                        ConstraintCollectors.max(MatchingConstraintProvider::fillRatePermille))
                .filter((min, max) -> max > min)
                .penalizeConfigurableLong((min, max) -> max - min)
                .asConstraint(ConstraintNames.TYPE_BALANCE);
    }

    static Long fillRatePermille(ContractType type, Long assigned, ContractTypeDemand demand) {
        return assigned * 1000 / demand.hours();
    }

    /** Soft: sum over people of the square of their hours, / 10. */
    Constraint loadConcentration(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .groupBy(Slot::getCandidate, ConstraintCollectors.sumLong(s -> (long) s.getHours()))
                .penalizeConfigurableLong((candidate, hours) -> hours * hours / 10)
                .asConstraint(ConstraintNames.LOAD_CONCENTRATION);
    }

    /** Soft reward: hours × whole months the person has waited more than the most recently registered one. */
    Constraint waitingPriority(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .filter(s -> s.getCandidate().seniorityDays() >= 30)
                .rewardConfigurableLong(s -> (long) s.getHours() * (s.getCandidate().seniorityDays() / 30))
                .asConstraint(ConstraintNames.WAITING_PRIORITY);
    }

    /** Soft: km × hours / 10 for every filled slot. */
    Constraint distance(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .penalizeConfigurableLong(s -> Math.round(
                        MatchingRules.distanceKm(s.getCandidate(), s.getContract()) * s.getHours() / 10.0))
                .asConstraint(ConstraintNames.DISTANCE);
    }

    /** Soft reward: hours of a QPV resident on a site standing in their own QPV. */
    Constraint ownNeighbourhood(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .filter(s -> s.getCandidate().qpvCode() != null
                        && s.getCandidate().qpvCode().equals(s.getContract().qpvCode()))
                .rewardConfigurableLong(s -> (long) s.getHours())
                .asConstraint(ConstraintNames.OWN_NEIGHBOURHOOD);
    }

    /** Soft reward: hours of a slot that follows (gap at most 31 days) a slot of the same contract held by the same person. */
    Constraint continuity(ConstraintFactory factory) {
        return factory.forEach(Slot.class)
                .join(Slot.class,
                        Joiners.equal(Slot::getContract),
                        Joiners.equal(Slot::getCandidate),
                        Joiners.lessThan(Slot::getEndDate, Slot::getStartDate))
                .filter((before, after) -> ChronoUnit.DAYS.between(before.getEndDate(), after.getStartDate())
                        <= MatchingConstraint.CONTINUITY_MAX_GAP_DAYS)
                .rewardConfigurableLong((before, after) -> (long) after.getHours())
                .asConstraint(ConstraintNames.CONTINUITY);
    }
}
