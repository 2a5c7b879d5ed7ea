package fr.clausematch.planning;

import fr.clausematch.matching.analysis.MatchingExplainer.ConstraintBreakdown;

import java.util.List;

/**
 * A plan's explanation as a reader gets it: the score broken down by constraint (raw scores, for the
 * score page) and, for every slot, the engine's reasons put into words in the reader's language
 * ({@link ExplanationTexts}).
 */
public record PlanExplanationView(String score, List<ConstraintBreakdown> constraints, List<SlotExplanation> slots) {

    /**
     * Why this slot has this person ({@code candidateId} null: why it is empty): {@code reasons} in words,
     * {@code codes} the engine's reason codes, one for one.
     */
    public record SlotExplanation(String slotId, String candidateId, int compatibleCandidates, List<String> reasons,
                                  List<String> codes) {
    }
}
