package fr.clausematch.matching.model;

import fr.clausematch.matching.search.MatchingProblems;

import org.optaplanner.core.api.domain.lookup.PlanningId;

import java.time.LocalDate;
import java.util.Set;

/**
 * A person identified by a facilitator: a problem fact and the value of a slot's planning variable.
 * Weekly hours are held as tenths of an hour ({@code maxTenthsPerWeek = 175} for 17.5 h) so rule 9
 * never meets floating-point error. Equality is by {@code id} only (the solver hashes candidates often).
 *
 * @param seniorityDays days between this person's {@code registeredOn} and the most recent
 *                      {@code registeredOn} of the problem; filled by {@link MatchingProblems}
 */
public record Candidate(
        String id,
        Gender gender,
        String commune,
        double latitude,
        double longitude,
        String qpvCode,
        Set<EligibilityCriterion> eligibility,
        LocalDate eligibilityUntil,
        Set<String> trades,
        int qualificationLevel,
        Set<String> licences,
        double maxDistanceKm,
        LocalDate availableFrom,
        LocalDate availableUntil,
        int maxTenthsPerWeek,
        LocalDate registeredOn,
        int seniorityDays) {

    public Candidate {
        eligibility = eligibility == null || eligibility.isEmpty() ? Set.of() : Set.copyOf(eligibility);
        trades = trades == null ? Set.of() : Set.copyOf(trades);
        licences = licences == null ? Set.of() : Set.copyOf(licences);
        qpvCode = qpvCode == null || qpvCode.isBlank() ? null : qpvCode;
    }

    public boolean isWoman() {
        return isWoman(gender);
    }

    public boolean isQpvResident() {
        return isQpvResident(qpvCode);
    }

    /** Who counts as a woman in the shares: the one rule, for the model and for every page that shows it. */
    public static boolean isWoman(Gender gender) {
        return gender == Gender.F;
    }

    /** Who counts as a QPV resident in the shares: a person with a QPV code. */
    public static boolean isQpvResident(String qpvCode) {
        return qpvCode != null && !qpvCode.isBlank();
    }

    public Candidate withSeniorityDays(int days) {
        return new Candidate(id, gender, commune, latitude, longitude, qpvCode, eligibility, eligibilityUntil, trades,
                qualificationLevel, licences, maxDistanceKm, availableFrom, availableUntil, maxTenthsPerWeek,
                registeredOn, days);
    }

    /** The planning id (multi-threaded solving and problem changes look facts up by it). */
    @PlanningId
    @Override
    public String id() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Candidate other && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
