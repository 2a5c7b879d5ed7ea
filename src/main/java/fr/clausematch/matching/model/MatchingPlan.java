package fr.clausematch.matching.model;

import fr.clausematch.matching.constraints.MatchingSettings;
import fr.clausematch.matching.search.MatchingPlanCloner;
import fr.clausematch.matching.search.MatchingProblems;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

import java.util.List;

/**
 * One matching problem and its solution: the people, contracts and slots of one territory (or of a
 * whole dataset). Build it with {@link MatchingProblems#create}, which also computes each slot's
 * compatible candidates (rules 1-8), applies pins and forbidden pairs, and the per-type demand.
 */
@PlanningSolution(solutionCloner = MatchingPlanCloner.class)
public class MatchingPlan {

    private String id;

    @ProblemFactCollectionProperty
    private List<Candidate> candidates;

    @ProblemFactCollectionProperty
    private List<Contract> contracts;

    @ProblemFactCollectionProperty
    private List<ContractTypeDemand> demands;

    @PlanningEntityCollectionProperty
    private List<Slot> slots;

    @ConstraintConfigurationProvider
    private MatchingSettings settings;

    @PlanningScore
    private HardMediumSoftLongScore score;

    /** For OptaPlanner's cloning. */
    public MatchingPlan() {
    }

    public MatchingPlan(String id, List<Candidate> candidates, List<Contract> contracts, List<ContractTypeDemand> demands,
                        List<Slot> slots, MatchingSettings settings) {
        this.id = id;
        this.candidates = candidates;
        this.contracts = contracts;
        this.demands = demands;
        this.slots = slots;
        this.settings = settings;
    }

    public String getId() {
        return id;
    }

    public List<Candidate> getCandidates() {
        return candidates;
    }

    public List<Contract> getContracts() {
        return contracts;
    }

    public List<ContractTypeDemand> getDemands() {
        return demands;
    }

    public List<Slot> getSlots() {
        return slots;
    }

    /** Hours of the slots that have a candidate. */
    public long filledHours() {
        long hours = 0;
        for (Slot s : slots) {
            hours += s.getAssignedHours();
        }
        return hours;
    }

    public MatchingSettings getSettings() {
        return settings;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
