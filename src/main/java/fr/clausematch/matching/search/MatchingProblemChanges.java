package fr.clausematch.matching.search;

import fr.clausematch.matching.constraints.MatchingRules;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.Contract;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.ContractTypeDemand;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;

import org.optaplanner.core.api.solver.change.ProblemChange;

import java.util.ArrayList;
import java.util.List;

/**
 * Problem changes for a running solve ({@code SolverManager.addProblemChange(problemId, change)}): a
 * candidate or a contract with its slots added while solving reaches the solver without a restart.
 * Value ranges are kept right: a new candidate joins the range of every slot it is compatible with
 * (rules 1-8); new slots get their range from the working candidates.
 */
public final class MatchingProblemChanges {

    private MatchingProblemChanges() {
    }

    /** Adds a candidate (its seniority is taken against the newest registration of the running plan). */
    public static ProblemChange<MatchingPlan> addCandidate(Candidate candidate) {
        return (plan, director) -> {
            Candidate added = MatchingProblems.withSeniority(candidate,
                    MatchingProblems.newestRegistration(plan.getCandidates()));
            director.addProblemFact(added, plan.getCandidates()::add);
            for (Slot slot : plan.getSlots()) {
                if (MatchingRules.compatible(added, slot) && slot.getTenthsPerWeek() <= added.maxTenthsPerWeek()) {
                    director.changeProblemProperty(slot, s -> {
                        List<Candidate> range = new ArrayList<>(s.getCompatibleCandidates());
                        range.add(added);
                        s.setCompatibleCandidates(range);
                    });
                }
            }
        };
    }

    /** Adds a contract and its slots (new slots start empty; their contract must be {@code contract}). */
    public static ProblemChange<MatchingPlan> addContract(Contract contract, List<Slot> slots) {
        return (plan, director) -> {
            director.addProblemFact(contract, plan.getContracts()::add);
            CompatibilityIndex index = new CompatibilityIndex(plan.getCandidates());
            long[] extra = new long[ContractType.values().length];
            for (Slot slot : slots) {
                if (!slot.getContract().equals(contract)) {
                    throw new IllegalArgumentException("Le poste " + slot.getId() + " n'est pas du marché " + contract.id());
                }
                slot.setCompatibleCandidates(index.compatible(slot));
                slot.setCandidate(null);
                slot.setPinned(false);
                director.addEntity(slot, plan.getSlots()::add);
                extra[contract.type().ordinal()] += slot.getHours();
            }
            ContractType type = contract.type();
            ContractTypeDemand old = plan.getDemands().stream().filter(d -> d.type() == type).findFirst().orElse(null);
            long hours = (old == null ? 0 : old.hours()) + extra[type.ordinal()];
            if (old != null) {
                director.removeProblemFact(old, plan.getDemands()::remove);
            }
            director.addProblemFact(new ContractTypeDemand(type, hours), plan.getDemands()::add);
        };
    }
}
