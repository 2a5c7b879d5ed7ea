package fr.clausematch.planning;

import fr.clausematch.dataset.trades.RomeReferential;
import fr.clausematch.matching.analysis.MatchingExplainer;
import fr.clausematch.matching.constraints.MatchingConstraint;
import fr.clausematch.matching.analysis.Reason;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Puts the engine's reasons into words: each {@link Reason} code is a message ({@code reason.*} in
 * {@code messages*.properties}); an enum parameter is named by {@code reason.<Type>.<CONSTANT>}, a trade by its
 * code and its name ({@code F1703 Maçonnerie}, the ROME referential), a nested reason is put into words first, a
 * list is joined with commas.
 */
@Component
public class ExplanationTexts {

    private final MessageSource messages;
    private final RomeReferential trades;

    public ExplanationTexts(MessageSource messages, RomeReferential trades) {
        this.messages = messages;
        this.trades = trades;
    }

    public PlanExplanationView plan(MatchingExplainer.PlanExplanation explanation, Locale locale) {
        return new PlanExplanationView(explanation.score(),
                explanation.constraints().stream().map(c -> constraint(c, locale)).toList(),
                explanation.slots().stream().map(s -> slot(s, locale)).toList());
    }

    /** The constraint's part with its name and what it counts ({@code constraint.<key>} and {@code constraint.<key>.what}). */
    public PlanExplanationView.ConstraintBreakdown constraint(MatchingExplainer.ConstraintBreakdown breakdown, Locale locale) {
        String key = "constraint." + breakdown.key();
        // only the continuity's wording has a parameter (a message without one is not a MessageFormat pattern)
        Object[] args = MatchingConstraint.CONTINUITY.key().equals(breakdown.key())
                ? new Object[] {MatchingConstraint.CONTINUITY_MAX_GAP_DAYS} : null;
        return new PlanExplanationView.ConstraintBreakdown(breakdown.key(), messages.getMessage(key, null, locale),
                breakdown.score(), breakdown.matches(), messages.getMessage(key + ".what", args, locale));
    }

    public PlanExplanationView.SlotExplanation slot(MatchingExplainer.SlotExplanation explanation, Locale locale) {
        return new PlanExplanationView.SlotExplanation(explanation.slotId(), explanation.candidateId(),
                explanation.compatibleCandidates(), explanation.reasons().stream().map(r -> text(r, locale)).toList(),
                explanation.reasons().stream().map(Reason::code).toList());
    }

    /** The reason in words. */
    public String text(Reason reason, Locale locale) {
        Object[] args = reason.args().stream().map(a -> argument(a, locale)).toArray();
        return messages.getMessage(reason.code(), args, reason.code(), locale);
    }

    private Object argument(Object arg, Locale locale) {
        if (arg instanceof Reason nested) {
            return text(nested, locale);
        }
        if (arg instanceof Reason.TradeCode trade) {
            return trades.label(trade.code(), locale);
        }
        if (arg instanceof Enum<?> constant) {
            return messages.getMessage("reason." + constant.getDeclaringClass().getSimpleName() + "." + constant.name(),
                    null, constant.toString(), locale);
        }
        if (arg instanceof Collection<?> items) {
            return items.stream().map(i -> String.valueOf(argument(i, locale))).collect(Collectors.joining(", "));
        }
        return arg;
    }
}
