package fr.clausematch.planning;

import java.util.List;

/**
 * A plan's explanation as a reader gets it: the score broken down by constraint (raw scores, for the
 * score page) and, for every slot, the engine's reasons put into words in the reader's language
 * ({@link ExplanationTexts}).
 */
public record PlanExplanationView(String score, List<ConstraintBreakdown> constraints, List<SlotExplanation> slots) {

    /** One constraint's part of the score (raw, e.g. {@code 0hard/-120medium/0soft}), its name and what it counts. */
    public record ConstraintBreakdown(String key, String name, String score, int matches, String justification) {
    }

    /**
     * Why this slot has this person ({@code candidateId} null: why it is empty): {@code reasons} in words,
     * {@code codes} the engine's reason codes, one for one.
     */
    public record SlotExplanation(String slotId, String candidateId, int compatibleCandidates, List<String> reasons,
                                  List<String> codes) {
    }
}
