package fr.clausematch.planning;

import fr.clausematch.matching.analysis.Levers;
import fr.clausematch.web.TradeNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A lever in the reader's words: « Un permis B », « Un CACES R482 », « Une formation courte en F1703 Maçonnerie »,
 * and what it unlocks: « Un permis B pour 3 personnes : +1 240 h ».
 */
@Component
class LeverWords {

    private final MessageSource messages;
    private final TradeNames trades;

    LeverWords(MessageSource messages, TradeNames trades) {
        this.messages = messages;
        this.trades = trades;
    }

    String label(Levers.Lever lever, Locale locale) {
        return switch (lever.kind()) {
            case LICENCE -> lever.parameter().equals("B") || lever.parameter().equals("C")
                    ? message("levers.lever.driving", locale, lever.parameter())
                    : lever.parameter().startsWith("CACES_")
                    ? message("levers.lever.caces", locale, lever.parameter().substring("CACES_".length()))
                    : message("levers.lever.licence", locale, lever.parameter());
            case QUALIFICATION -> message("levers.lever.qualification", locale);
            case TRADE -> message("levers.lever.trade", locale, trades.label(lever.parameter()));
            case REACH -> message("levers.lever.reach", locale, Levers.REACH_KM);
            case AVAILABILITY -> message("levers.lever.availability", locale, Levers.AVAILABILITY_DAYS);
            case WEEKLY_HOURS -> message("levers.lever.weekly", locale, Levers.WEEKLY_HOURS);
        };
    }

    String sentence(Levers.Result result, Locale locale) {
        String label = label(result.lever(), locale);
        if (result.hours() <= 0) {
            return message("levers.sentence.none", locale, label);
        }
        return message(result.minimal() ? "levers.sentence" : "levers.sentence.atMost", locale, label, result.people().size(),
                NumberFormat.getIntegerInstance(locale).format(result.hours()));
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
