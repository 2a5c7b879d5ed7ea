package fr.clausematch.planning;

import fr.clausematch.matching.analysis.MatchingExplainer;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Why each person was proposed, why a slot stays empty, and the score broken down by constraint, for
 * a saved plan: its pairings are laid on the territory's current problem and explained by the engine.
 *
 * <p>The engine's explanation of a territory takes time, so it is kept while the plan's pairings stay the
 * same. Every read checks the user's scope first ({@link PlanReading#view}: a plan of another territory
 * is answered as one that does not exist), and only then looks in what is kept: a warm cache never
 * answers for a plan the user may not see. What is kept is the engine's reason codes: each read puts them
 * into words in the reader's language ({@link ExplanationTexts}).
 */
@Service
public class PlanExplanationService {

    private static final int KEPT = 20;

    /** An explanation and the plan's fingerprint it was computed for. */
    private record Explained(String fingerprint, MatchingExplainer.PlanExplanation explanation,
                             Map<String, MatchingExplainer.SlotExplanation> bySlot) {
    }

    private final PlanReading planning;
    private final PlanProblems problems;
    private final PlanSlots slots;
    private final ExplanationTexts texts;
    private final Map<Long, Explained> explained = new ConcurrentHashMap<>();

    PlanExplanationService(PlanReading planning, PlanProblems problems, PlanSlots slots, ExplanationTexts texts) {
        this.planning = planning;
        this.problems = problems;
        this.slots = slots;
        this.texts = texts;
    }

    /** The whole plan's explanation (404 for a plan that does not exist or lies outside the user's territories). */
    public PlanExplanationView explain(long planId) {
        return texts.plan(explained(planId).explanation(), LocaleContextHolder.getLocale());
    }

    /** Why this slot has this person, or why nobody; empty for a slot the plan's territory does not hold. */
    public Optional<PlanExplanationView.SlotExplanation> explainSlot(long planId, String slotId) {
        return Optional.ofNullable(explained(planId).bySlot().get(slotId))
                .map(s -> texts.slot(s, LocaleContextHolder.getLocale()));
    }

    private Explained explained(long planId) {
        PlanView plan = planning.view(planId); // scope first: NotFoundException for a plan the user may not see
        String fingerprint = slots.fingerprint(planId);
        Explained known = explained.get(planId);
        if (known != null && known.fingerprint().equals(fingerprint)) {
            return known;
        }
        MatchingExplainer.PlanExplanation explanation = compute(plan);
        Explained fresh = new Explained(fingerprint, explanation, explanation.slots().stream()
                .collect(Collectors.toMap(MatchingExplainer.SlotExplanation::slotId, Function.identity(), (a, b) -> a)));
        if (explained.size() > KEPT) {
            explained.clear();
        }
        explained.put(planId, fresh);
        return fresh;
    }

    private MatchingExplainer.PlanExplanation compute(PlanView plan) {
        return MatchingExplainer.explain(problems.laid(plan));
    }
}
