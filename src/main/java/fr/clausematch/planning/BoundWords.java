package fr.clausematch.planning;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A plan's distance to the best as a facilitator reads it: the share of the hours that the best possible plan could
 * fill, and how that bound was proven, in words. Pages use it as {@code @boundWords}. The share is rounded down (a
 * plan below its bound never reads 100 %); a plan that fills its bound is proven optimal whatever proved the bound.
 */
@Component("boundWords")
public class BoundWords {

    private final MessageSource messages;

    public BoundWords(MessageSource messages) {
        this.messages = messages;
    }

    /** Whether the plan fills as many hours as its bound: no plan can do better. */
    public static boolean optimal(PlanView plan) {
        return plan.hoursUpperBound() != null && plan.hoursAssigned() != null && plan.hoursAssigned() >= plan.hoursUpperBound();
    }

    /** The plan's hours as a percentage of the bound, rounded down to a tenth, in the reader's language; null without bound. */
    public String share(PlanView plan) {
        if (plan.hoursUpperBound() == null || plan.hoursAssigned() == null) {
            return null;
        }
        Locale locale = LocaleContextHolder.getLocale();
        double percent = plan.hoursUpperBound() == 0 ? 100 : 100.0 * plan.hoursAssigned() / plan.hoursUpperBound();
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.FLOOR);
        return message("plans.bound.percent", locale, format.format(Math.min(100, percent)));
    }

    /** For a list: « optimum prouvé », the share of the best possible, or a dash without bound. */
    public String brief(PlanView plan) {
        if (share(plan) == null) {
            return "—";
        }
        return optimal(plan) ? message("plans.bound.optimalShort", LocaleContextHolder.getLocale()) : share(plan);
    }

    /**
     * « Ce plan pourvoit 99,8 % des heures que le meilleur plan possible pourrait pourvoir (borne prouvée) », or all of
     * them (optimum prouvé); « borne non calculée » for an ended plan without bound; null while it has no solution.
     */
    public String sentence(PlanView plan) {
        Locale locale = LocaleContextHolder.getLocale();
        if (plan.hoursAssigned() == null) {
            return null;
        }
        if (plan.hoursUpperBound() == null) {
            return message("plans.bound.none", locale);
        }
        return optimal(plan) ? message("plans.bound.optimal", locale) : message("plans.bound.share", locale, share(plan));
    }

    /** What the bound is and how it was proven, in plain words; null without bound. */
    public String kind(PlanView plan) {
        if (plan.hoursUpperBound() == null || plan.hoursAssigned() == null) {
            return null;
        }
        Locale locale = LocaleContextHolder.getLocale();
        String hours = NumberFormat.getIntegerInstance(locale).format(plan.hoursUpperBound());
        String kind = plan.hoursUpperBoundKind() == null ? "" : plan.hoursUpperBoundKind();
        List<String> words = new ArrayList<>();
        words.add(message(optimal(plan) || kind.equals("exact") ? "plans.bound.kind.exact" : "plans.bound.kind.cpSat",
                locale, hours));
        if (!optimal(plan) && kind.contains("+lp")) {
            words.add(message("plans.bound.kind.lp", locale));
        }
        if (!optimal(plan) && kind.contains("+slots")) {
            words.add(message("plans.bound.kind.slots", locale));
        }
        if (plan.hoursUpperBoundMillis() != null && plan.hoursUpperBoundMillis() < 1000) {
            words.add(message("plans.bound.timeShort", locale));
        } else if (plan.hoursUpperBoundMillis() != null) {
            NumberFormat seconds = NumberFormat.getNumberInstance(locale);
            seconds.setMaximumFractionDigits(1);
            words.add(message("plans.bound.time", locale, seconds.format(plan.hoursUpperBoundMillis() / 1000.0)));
        }
        return String.join(" ", words);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
