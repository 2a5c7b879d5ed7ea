package fr.clausematch.planning;

import fr.clausematch.security.CurrentUser;
import fr.clausematch.security.SignedInUser;
import fr.clausematch.candidate.CandidateService;
import fr.clausematch.shared.ConflictException;
import fr.clausematch.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A facilitator's review of a plan: confirm a pairing (pinned when planning again), reject it (the pair
 * is never proposed again) or unassign it (the slot is freed). Every change is kept in the history.
 */
@Service
public class AssignmentService {

    private static final Map<AssignmentStatus, Set<AssignmentStatus>> ALLOWED_FROM = Map.of(
            AssignmentStatus.CONFIRMED, EnumSet.of(AssignmentStatus.PROPOSED, AssignmentStatus.UNASSIGNED),
            AssignmentStatus.REJECTED, EnumSet.of(AssignmentStatus.PROPOSED, AssignmentStatus.CONFIRMED, AssignmentStatus.UNASSIGNED),
            AssignmentStatus.UNASSIGNED, EnumSet.of(AssignmentStatus.PROPOSED, AssignmentStatus.CONFIRMED, AssignmentStatus.REJECTED));

    private final AssignmentRepository assignments;
    private final AssignmentEventRepository history;
    private final PlanReading planning;
    private final PlanRunRegistry runs;
    private final AssignmentViews views;
    private final CandidateService candidates;

    AssignmentService(AssignmentRepository assignments, AssignmentEventRepository history, PlanReading planning, PlanRunRegistry runs,
                      AssignmentViews views, CandidateService candidates) {
        this.candidates = candidates;
        this.assignments = assignments;
        this.history = history;
        this.planning = planning;
        this.runs = runs;
        this.views = views;
    }

    @Transactional(readOnly = true)
    public List<AssignmentView> ofPlan(long planId) {
        planning.view(planId);
        return views.ofPlan(planId);
    }

    @Transactional(readOnly = true)
    public List<AssignmentEvent> historyOf(long assignmentId) {
        find(assignmentId);
        return history.findByAssignmentIdOrderByAtAsc(assignmentId);
    }

    @Transactional
    public AssignmentView decide(long assignmentId, AssignmentStatus decision, DecisionForm form, String actor) {
        return decide(find(assignmentId), decision, form, actor);
    }

    /** The same through a plan's page: a missing plan, or a pairing of another plan, is answered as one that does not exist. */
    @Transactional
    public AssignmentView decideInPlan(long planId, long assignmentId, AssignmentStatus decision, DecisionForm form,
                                       String actor) {
        planning.view(planId);
        Assignment assignment = find(assignmentId);
        if (assignment.getPlan().getId() != planId) {
            throw new NotFoundException("Appariement", Long.toString(assignmentId));
        }
        return decide(assignment, decision, form, actor);
    }

    private AssignmentView decide(Assignment assignment, AssignmentStatus decision, DecisionForm form, String actor) {
        long assignmentId = assignment.getId();
        ConflictException.checkVersion("L'appariement", Long.toString(assignmentId), form.version(), assignment.getVersion());
        if (runs.isSolving(assignment.getPlan().getId())) {
            throw new ConflictException("le plan " + assignment.getPlan().getId()
                    + " est en cours de calcul : arrêtez-le ou attendez sa fin avant de décider");
        }
        AssignmentStatus from = assignment.getStatus();
        if (!ALLOWED_FROM.get(decision).contains(from)) {
            throw new ConflictException("l'appariement est déjà " + label(from) + " : impossible de le passer à " + label(decision));
        }
        assignment.decide(decision, actor, Instant.now());
        assignments.saveAndFlush(assignment);
        history.save(new AssignmentEvent(assignment, from, decision, actor, form.reason()));
        if (decision == AssignmentStatus.CONFIRMED) {
            candidates.pairingConfirmed(assignment.getCandidate().getId(), actor, "appariement " + assignmentId + " confirmé");
        }
        return ofPlan(assignment.getPlan().getId()).stream().filter(a -> a.id() == assignmentId).findFirst().orElseThrow();
    }

    /** A pairing of a plan of the user's territories; any other is answered as one that does not exist. */
    private Assignment find(long id) {
        SignedInUser user = CurrentUser.get();
        return assignments.findById(id).filter(a -> user.worksOn(a.getPlan().getTerritoryCode()))
                .orElseThrow(() -> new NotFoundException("Appariement", Long.toString(id)));
    }

    private static String label(AssignmentStatus status) {
        return switch (status) {
            case PROPOSED -> "proposé";
            case CONFIRMED -> "confirmé";
            case REJECTED -> "refusé";
            case UNASSIGNED -> "retiré";
        };
    }
}
