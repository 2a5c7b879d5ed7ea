package fr.clausematch.planning;

import fr.clausematch.candidate.CandidateService;
import fr.clausematch.matching.analysis.Reason;
import fr.clausematch.matching.analysis.Recommendations;
import fr.clausematch.matching.constraints.MatchingRule;
import fr.clausematch.matching.constraints.MatchingRules;
import fr.clausematch.matching.model.Candidate;
import fr.clausematch.matching.model.MatchingPlan;
import fr.clausematch.matching.model.Slot;
import fr.clausematch.shared.ConflictException;
import fr.clausematch.shared.NotFoundException;
import fr.clausematch.web.TradeNames;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * « Où pourrait-elle travailler ? » and « Qui pourrait prendre ce poste ? » on a saved plan, by the heart's
 * {@link Recommendations} on the plan laid on the territory's current problem (so a person registered since the plan
 * is there), with the territory's decisions: a confirmed pairing is never displaced, a refused pair never comes back.
 * A proposal from these lists is checked again here and stored as proposed pairings of the plan, reviewed as any
 * other; the hand-overs it takes are stored too (a displaced holder's proposal withdrawn, her new one proposed).
 */
@Service
public class PlanRecommendations {

    static final int LIMIT = 20;
    private static final Set<PlanStatus> FINISHED = Set.of(PlanStatus.DONE, PlanStatus.STOPPED);

    private final PlanReading planning;
    private final PlanRepository plans;
    private final PlanProblems problems;
    private final PlanRunRegistry runs;
    private final CandidateService candidates;
    private final ExplanationTexts texts;
    private final TradeNames trades;
    private final JdbcTemplate jdbc;

    PlanRecommendations(PlanReading planning, PlanRepository plans, PlanProblems problems, PlanRunRegistry runs,
                        CandidateService candidates, ExplanationTexts texts, TradeNames trades, JdbcTemplate jdbc) {
        this.planning = planning;
        this.plans = plans;
        this.problems = problems;
        this.runs = runs;
        this.candidates = candidates;
        this.texts = texts;
        this.trades = trades;
        this.jdbc = jdbc;
    }

    /** The latest finished plan of the person's territory (404 for a person outside the user's territories), if any. */
    @Transactional(readOnly = true)
    public Optional<PlanView> latestPlanOf(String candidateId) {
        String territory = candidates.territoryOf(candidateId);
        return plans.findByTerritoryCodeOrderByStartedAtDesc(territory).stream()
                .filter(p -> p.getStrategy() == PlanStrategy.OPTIMIZE && FINISHED.contains(p.getStatus()))
                .findFirst().map(p -> planning.view(p.getId()));
    }

    /** Where the person could work, on the latest finished plan of her territory (404 when there is none). */
    @Transactional(readOnly = true)
    public RecommendationView forCandidate(String candidateId) {
        PlanView plan = latestPlanOf(candidateId).orElseThrow(() -> new NotFoundException("Plan terminé du territoire de",
                candidateId));
        MatchingPlan problem = problems.laid(plan, true).problem();
        Candidate person = person(problem, candidateId);
        Recommendations.Advice advice = person == null ? new Recommendations.Advice(List.of(), List.of())
                : Recommendations.of(problem).forCandidate(person, LIMIT);
        return view(plan, candidateId, null, person != null, advice);
    }

    /** Who could fill this slot of the plan (404 for a plan outside the user's territories or a slot it does not hold). */
    @Transactional(readOnly = true)
    public RecommendationView forSlot(long planId, String slotId) {
        PlanView plan = planning.view(planId);
        Recommendations recommendations = Recommendations.of(problems.laid(plan, true).problem());
        if (recommendations.slot(slotId) == null) {
            throw new NotFoundException("Poste", slotId);
        }
        return view(plan, null, slotId, true, recommendations.forSlot(slotId, LIMIT));
    }

    /** What a proposal stored: the plan, the pairing proposed and the hand-overs, in words. */
    public record Proposal(long planId, String slot, String candidate, long gainHours, List<String> chain) {
    }

    /** Proposes the person on the slot in the latest finished plan of her territory. */
    @Transactional
    public Proposal proposeForCandidate(String candidateId, String slotId, String actor) {
        PlanView plan = latestPlanOf(candidateId).orElseThrow(() -> new NotFoundException("Plan terminé du territoire de",
                candidateId));
        return propose(plan.id(), candidateId, slotId, actor);
    }

    /**
     * Proposes the person on the slot in this plan, after checking again every rule on the plan as it is now: refused
     * (409, the reason in words) while the plan is solved, for a slot held by a confirmed pairing, a refused pair, a
     * person the territory does not plan, a rule missing or a weekly load her confirmed slots leave no room for.
     */
    @Transactional
    public Proposal propose(long planId, String candidateId, String slotId, String actor) {
        PlanView plan = planning.view(planId);
        candidates.territoryOf(candidateId); // scope: 404 for a person outside the user's territories
        if (runs.isSolving(planId)) {
            throw new ConflictException("le plan " + planId + " est en cours de calcul : arrêtez-le ou attendez sa fin avant de proposer");
        }
        // one proposal at a time per plan: the check and the writes see the same pairings
        jdbc.queryForList("SELECT id FROM plan WHERE id = ? FOR UPDATE", Long.class, planId);
        PlanProblems.Laid laid = problems.laid(plan, true);
        MatchingPlan problem = laid.problem();
        Recommendations recommendations = Recommendations.of(problem);
        Slot slot = recommendations.slot(slotId);
        if (slot == null) {
            throw new NotFoundException("Poste", slotId);
        }
        Candidate person = person(problem, candidateId);
        if (person == null) {
            throw new ConflictException(candidateId + " n'est pas parmi les personnes que le territoire planifie (son statut)");
        }
        Recommendations.Line line = recommendations.evaluate(person, slot)
                .orElseThrow(() -> new ConflictException(refusal(person, slot, plan)));
        Locale locale = LocaleContextHolder.getLocale();
        String why = "proposé depuis les recommandations : " + candidateId + " sur " + slotId;
        for (Recommendations.Step step : line.steps()) {
            long slotKey = laid.slotKeys().get(step.slot().getId());
            if (step.from() != null) {
                withdraw(planId, slotKey, laid.candidateKeys().get(step.from().id()), actor, why);
            }
            if (step.to() != null) {
                propose(planId, slotKey, laid.candidateKeys().get(step.to().id()), actor, why);
            }
        }
        return new Proposal(planId, slotId, candidateId, line.gain().hours(),
                line.chain().stream().map(r -> texts.text(r, locale)).toList());
    }

    /** Why the person cannot take the slot, in words. */
    private String refusal(Candidate person, Slot slot, PlanView plan) {
        if (slot.isPinned()) {
            return "le poste " + slot.getId() + " est déjà tenu par un appariement confirmé (" + slot.getCandidate().id() + ")";
        }
        if (person.equals(slot.getCandidate())) {
            return person.id() + " tient déjà le poste " + slot.getId() + " dans le plan " + plan.id();
        }
        Set<MatchingRule> broken = EnumSet.noneOf(MatchingRule.class);
        broken.addAll(MatchingRules.brokenRules(person, slot));
        if (slot.getTenthsPerWeek() > person.maxTenthsPerWeek()) {
            broken.add(MatchingRule.WEEKLY_LOAD);
        }
        Locale locale = LocaleContextHolder.getLocale();
        if (broken.isEmpty()) {
            return slot.getCompatibleCandidates().contains(person)
                    ? person.id() + " n'a pas la place de prendre le poste " + slot.getId()
                      + " : ses appariements confirmés sur ces dates dépassent déjà son maximum hebdomadaire (règle 9)"
                    : "la paire " + person.id() + " – " + slot.getId() + " a été refusée par un facilitateur : elle n'est plus proposée";
        }
        Optional<Recommendations.NearMiss> near = Recommendations.nearMiss(person, slot);
        if (near.isPresent()) {
            return person.id() + " ne peut pas prendre le poste " + slot.getId() + " : " + texts.text(near.get().reason(), locale);
        }
        return person.id() + " ne peut pas prendre le poste " + slot.getId() + " : "
                + texts.text(Reason.of("recommendation.refused.rules", List.copyOf(broken)), locale);
    }

    /** Withdraws the holder's proposal of this slot in the plan (she moves elsewhere), with its history line. */
    private void withdraw(long planId, long slotKey, long candidateKey, String actor, String why) {
        for (Long id : jdbc.queryForList("""
                UPDATE assignment SET status = 'UNASSIGNED', decided_by = ?, decided_at = now(), version = version + 1
                WHERE plan_id = ? AND slot_id = ? AND candidate_id = ? AND status = 'PROPOSED' RETURNING id""",
                Long.class, actor, planId, slotKey, candidateKey)) {
            history(id, AssignmentStatus.PROPOSED, AssignmentStatus.UNASSIGNED, actor, why);
        }
    }

    /** Proposes the pair in the plan (a pair withdrawn earlier is proposed again), with its history line. */
    private void propose(long planId, long slotKey, long candidateKey, String actor, String why) {
        List<java.util.Map<String, Object>> before = jdbc.queryForList(
                "SELECT id, status FROM assignment WHERE plan_id = ? AND slot_id = ? AND candidate_id = ?", planId, slotKey, candidateKey);
        if (before.isEmpty()) {
            Long id = jdbc.queryForObject("""
                    INSERT INTO assignment (plan_id, slot_id, candidate_id, status, decided_by, decided_at)
                    VALUES (?, ?, ?, 'PROPOSED', ?, now()) RETURNING id""", Long.class, planId, slotKey, candidateKey, actor);
            history(id, null, AssignmentStatus.PROPOSED, actor, why);
            return;
        }
        long id = ((Number) before.get(0).get("id")).longValue();
        AssignmentStatus from = AssignmentStatus.valueOf((String) before.get(0).get("status"));
        if (from == AssignmentStatus.PROPOSED) {
            return;
        }
        jdbc.update("UPDATE assignment SET status = 'PROPOSED', decided_by = ?, decided_at = now(), version = version + 1 WHERE id = ?",
                actor, id);
        history(id, from, AssignmentStatus.PROPOSED, actor, why);
    }

    private void history(long assignmentId, AssignmentStatus from, AssignmentStatus to, String actor, String why) {
        jdbc.update("INSERT INTO assignment_event (assignment_id, from_status, to_status, actor, reason) VALUES (?, ?, ?, ?, ?)",
                assignmentId, from == null ? null : from.name(), to.name(), actor, why);
    }

    private static Candidate person(MatchingPlan problem, String id) {
        return problem.getCandidates().stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    private RecommendationView view(PlanView plan, String candidateId, String slotId, boolean planned,
                                    Recommendations.Advice advice) {
        Locale locale = LocaleContextHolder.getLocale();
        List<RecommendationView.Line> lines = new ArrayList<>();
        for (Recommendations.Line l : advice.lines()) {
            Slot s = l.slot();
            lines.add(new RecommendationView.Line(s.getId(), s.getContract().id(), s.getContractType().name(), s.getTrade(),
                    trades.name(s.getTrade()), blankToNull(s.getContract().commune()), l.candidate().id(), l.candidate().isWoman(),
                    l.candidate().isQpvResident(), BigDecimal.valueOf(l.distanceKm()).setScale(1, RoundingMode.HALF_UP).doubleValue(),
                    s.getHours(), l.gain().hours(), l.gain().womenHours(), l.gain().qpvHours(), l.displaces(),
                    l.chain().stream().map(r -> texts.text(r, locale)).toList(), texts.text(l.rules(), locale)));
        }
        List<RecommendationView.NearMiss> near = new ArrayList<>();
        for (Recommendations.NearMiss n : advice.nearMisses()) {
            Slot s = n.slot();
            near.add(new RecommendationView.NearMiss(s.getId(), s.getContract().id(), s.getTrade(), trades.name(s.getTrade()),
                    blankToNull(s.getContract().commune()), n.candidate().id(), s.getHours(), n.rule().name(),
                    texts.text(n.reason(), locale)));
        }
        return new RecommendationView(plan.id(), plan.territory(), candidateId, slotId, planned, lines, near);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
