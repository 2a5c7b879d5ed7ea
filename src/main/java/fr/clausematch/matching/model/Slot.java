package fr.clausematch.matching.model;

import fr.clausematch.matching.search.SlotDifficultyComparator;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A slot of insertion hours on a contract: the planning entity. Its candidate may stay empty
 * ({@code nullable}). Rules 1-8 are settled before solving: {@link #getCompatibleCandidates()} holds
 * only the candidates that pass them (minus the forbidden pairs), so the solver never tries an
 * impossible pair. A confirmed pairing is {@link #isPinned() pinned}.
 */
@PlanningEntity(difficultyComparatorClass = SlotDifficultyComparator.class)
public class Slot {

    @PlanningId
    private String id;
    private Contract contract;
    private String trade;
    private int hours;
    private LocalDate startDate;
    private LocalDate endDate;
    private int tenthsPerWeek;
    private int minQualificationLevel;
    private Set<String> requiredLicences;

    private List<Candidate> compatibleCandidates = List.of();

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "compatibleCandidates", nullable = true)
    private Candidate candidate;

    /** For OptaPlanner's cloning. */
    public Slot() {
    }

    public Slot(String id, Contract contract, String trade, int hours, LocalDate startDate, LocalDate endDate,
                int tenthsPerWeek, int minQualificationLevel, Set<String> requiredLicences) {
        this.id = id;
        this.contract = contract;
        this.trade = trade;
        this.hours = hours;
        this.startDate = startDate;
        this.endDate = endDate;
        this.tenthsPerWeek = tenthsPerWeek;
        this.minQualificationLevel = minQualificationLevel;
        this.requiredLicences = requiredLicences == null ? Set.of() : Set.copyOf(requiredLicences);
    }

    /** The same slot, a distinct object: facts, compatible candidates (the same list), pin and candidate. */
    public Slot copy() {
        Slot copy = new Slot();
        copy.id = id;
        copy.contract = contract;
        copy.trade = trade;
        copy.hours = hours;
        copy.startDate = startDate;
        copy.endDate = endDate;
        copy.tenthsPerWeek = tenthsPerWeek;
        copy.minQualificationLevel = minQualificationLevel;
        copy.requiredLicences = requiredLicences;
        copy.compatibleCandidates = compatibleCandidates;
        copy.pinned = pinned;
        copy.candidate = candidate;
        return copy;
    }

    public String getId() {
        return id;
    }

    public Contract getContract() {
        return contract;
    }

    public ContractType getContractType() {
        return contract.type();
    }

    public String getTrade() {
        return trade;
    }

    public int getHours() {
        return hours;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public int getTenthsPerWeek() {
        return tenthsPerWeek;
    }

    public int getMinQualificationLevel() {
        return minQualificationLevel;
    }

    public Set<String> getRequiredLicences() {
        return requiredLicences;
    }

    @ValueRangeProvider(id = "compatibleCandidates")
    public List<Candidate> getCompatibleCandidates() {
        return compatibleCandidates;
    }

    public void setCompatibleCandidates(List<Candidate> compatibleCandidates) {
        this.compatibleCandidates = compatibleCandidates;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public Candidate getCandidate() {
        return candidate;
    }

    public void setCandidate(Candidate candidate) {
        this.candidate = candidate;
    }

    public boolean isAssigned() {
        return candidate != null;
    }

    /** Hours this slot gives its candidate, 0 when empty. */
    public int getAssignedHours() {
        return candidate == null ? 0 : hours;
    }

    @Override
    public String toString() {
        return id + "->" + candidate;
    }
}
