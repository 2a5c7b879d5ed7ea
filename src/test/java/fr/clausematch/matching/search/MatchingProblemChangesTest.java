package fr.clausematch.matching.search;

import fr.clausematch.matching.Fixtures;

import fr.clausematch.matching.IndependentChecker;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.Contract;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.LegalBasis;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static fr.clausematch.matching.Fixtures.candidate;
import static fr.clausematch.matching.Fixtures.contract;
import static org.assertj.core.api.Assertions.assertThat;

class MatchingProblemChangesTest {

    @Test
    void contractAndCandidateAddedWhileSolvingReachTheSolver() throws Exception {
        MatchingPlan problem = MatchingProblems.create(Fixtures.randomInput(30, 20, 2));
        SolverConfig config = MatchingSolver.solverConfig(java.time.Duration.ofSeconds(6), null, null);
        config.getTerminationConfig().setUnimprovedSecondsSpentLimit(null);
        Solver<MatchingPlan> solver = SolverFactory.<MatchingPlan>create(config).buildSolver();
        CompletableFuture<MatchingPlan> result = CompletableFuture.supplyAsync(() -> solver.solve(problem));
        while (!solver.isSolving() && !result.isDone()) {
            Thread.onSpinWait();
        }

        Contract k = contract("NEW-K", ContractType.INTELLECTUAL_SERVICES, LegalBasis.EXECUTION_CLAUSE, false, null);
        // a trade nobody else has: only the new candidate can fill the new slot
        Slot s = new Slot("NEW-S", k, "Z9999", 35, Fixtures.D, Fixtures.D.plusDays(6), 350, 0, java.util.Set.of());
        solver.addProblemChange(MatchingProblemChanges.addContract(k, List.of(s)));
        solver.addProblemChange(MatchingProblemChanges.addCandidate(candidate("NEW-C").trades("Z9999").build()));
        MatchingPlan best = result.get(2, TimeUnit.MINUTES);

        Slot added = best.getSlots().stream().filter(x -> x.getId().equals("NEW-S")).findFirst().orElseThrow();
        assertThat(added.getCompatibleCandidates()).extracting(Candidate::id).containsExactly("NEW-C");
        assertThat(added.getCandidate().id()).isEqualTo("NEW-C");
        assertThat(best.getCandidates()).extracting(Candidate::id).contains("NEW-C");
        assertThat(best.getDemands()).anyMatch(d -> d.type() == ContractType.INTELLECTUAL_SERVICES && d.hours() >= 35);
        assertThat(IndependentChecker.violations(best)).isEmpty();
    }
}
