package fr.clausematch.planning;

import fr.clausematch.candidate.CandidateRegistered;
import fr.clausematch.candidate.CandidateRepository;
import fr.clausematch.candidate.CandidateRowMapper;
import fr.clausematch.contract.ContractRepository;
import fr.clausematch.contract.ContractRowMapper;
import fr.clausematch.contract.ContractSubmitted;
import fr.clausematch.dataset.DatasetProblemMapper;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.search.MatchingProblemChanges;
import org.optaplanner.core.api.solver.SolverManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A person registered or a contract submitted while a plan of their territory is being solved reaches
 * the running solver as a problem change, without a restart, mapped by the rules of every road into the heart
 * (its rows of the exchange format through {@link DatasetProblemMapper}). (Bulk imports are taken by the next plan.)
 */
@Component
class RunningPlanChanges {

    private static final DatasetProblemMapper FACTS = DatasetProblemMapper.INSTANCE;

    private final PlanRunRegistry planning;
    private final SolverManager<MatchingPlan, Long> solverManager;
    private final CandidateRepository candidates;
    private final ContractRepository contracts;
    private final CandidateRowMapper candidateRows;
    private final ContractRowMapper contractRows;

    RunningPlanChanges(PlanRunRegistry planning, SolverManager<MatchingPlan, Long> solverManager,
                       CandidateRepository candidates, ContractRepository contracts, CandidateRowMapper candidateRows,
                       ContractRowMapper contractRows) {
        this.planning = planning;
        this.solverManager = solverManager;
        this.candidates = candidates;
        this.contracts = contracts;
        this.candidateRows = candidateRows;
        this.contractRows = contractRows;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void candidateRegistered(CandidateRegistered event) {
        planning.runOfTerritory(event.territory()).ifPresent(run -> candidates.findByExternalId(event.candidateId())
                .filter(c -> PlanningProblemLoader.PLANNED_PEOPLE.contains(c.getStatus()))
                .ifPresent(candidate -> {
                    run.candidateKeys.put(candidate.getExternalId(), candidate.getId());
                    solverManager.addProblemChange(run.planId, MatchingProblemChanges.addCandidate(
                            FACTS.candidate(candidateRows.toRow(candidate))));
                }));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
    public void contractSubmitted(ContractSubmitted event) {
        planning.runOfTerritory(event.territory()).ifPresent(run -> contracts.findByExternalId(event.contractId())
                .filter(k -> PlanningProblemLoader.PLANNED_CONTRACTS.contains(k.getStatus()))
                .ifPresent(contract -> {
                    fr.clausematch.matching.model.Contract fact = FACTS.contract(contractRows.toRow(contract));
                    List<fr.clausematch.matching.model.Slot> slots = new ArrayList<>();
                    for (fr.clausematch.contract.Slot slot : contract.getSlots()) {
                        run.slotKeys.put(slot.getExternalId(), slot.getId());
                        slots.add(FACTS.slot(contractRows.toRow(slot), Map.of(fact.id(), fact)));
                    }
                    solverManager.addProblemChange(run.planId, MatchingProblemChanges.addContract(fact, slots));
                }));
    }
}
