package fr.clausematch.planning;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * The commuting a plan implies, as a facilitator reads it: « Trajets domicile-chantier : 12 340 km, 2,7 t de CO2e
 * (référence premier arrivé : 14 020 km, 3,1 t) ». Pages use it as {@code @commutingWords}. The km are whole; the
 * CO2 in kg below a tonne, else in tonnes to a tenth. The figures are the plan's stored indicators ({@code kmTotal},
 * {@code co2Kg} of {@code PlanIndicators}); a plan stored before they were computed has no sentence.
 */
@Component("commutingWords")
public class CommutingWords {

    private final MessageSource messages;

    public CommutingWords(MessageSource messages) {
        this.messages = messages;
    }

    /** The sentence of a plan beside its baseline's; null when the plan has no figures of commuting. */
    public String sentence(PlanView plan) {
        if (!has(plan.indicators())) {
            return null;
        }
        Locale locale = LocaleContextHolder.getLocale();
        String words = messages.getMessage("plans.commuting", new Object[]{km(plan.indicators(), locale),
                co2(plan.indicators(), locale)}, locale);
        if (has(plan.baselineIndicators())) {
            words += " " + messages.getMessage("plans.commuting.baseline", new Object[]{km(plan.baselineIndicators(), locale),
                    co2(plan.baselineIndicators(), locale)}, locale);
        }
        return words;
    }

    /** How the figures are counted, with the plan's emission factor; null when the plan has none. */
    public String rule(PlanView plan) {
        if (!has(plan.indicators())) {
            return null;
        }
        Locale locale = LocaleContextHolder.getLocale();
        NumberFormat factor = NumberFormat.getNumberInstance(locale);
        factor.setMaximumFractionDigits(4);
        return messages.getMessage("plans.commuting.rule",
                new Object[]{factor.format(plan.indicators().path("co2KgPerKm").asDouble())}, locale);
    }

    static boolean has(JsonNode indicators) {
        return indicators != null && indicators.path("kmTotal").isNumber() && indicators.path("co2Kg").isNumber();
    }

    /** Whole km, grouped as the reader's language does. */
    static String km(JsonNode indicators, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(Math.round(indicators.path("kmTotal").asDouble()));
    }

    /** kg below a tonne, else tonnes to a tenth, with its unit. */
    String co2(JsonNode indicators, Locale locale) {
        double kg = indicators.path("co2Kg").asDouble();
        if (Math.round(kg) < 1000) {
            return messages.getMessage("plans.commuting.kg", new Object[]{NumberFormat.getIntegerInstance(locale).format(Math.round(kg))}, locale);
        }
        NumberFormat tonnes = NumberFormat.getNumberInstance(locale);
        tonnes.setMinimumFractionDigits(1);
        tonnes.setMaximumFractionDigits(1);
        return messages.getMessage("plans.commuting.t", new Object[]{tonnes.format(kg / 1000)}, locale);
    }
}
