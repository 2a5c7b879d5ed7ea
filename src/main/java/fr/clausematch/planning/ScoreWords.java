package fr.clausematch.planning;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * A plan's score as a facilitator reads it, in words and hours: the rules (hard: 0 = all kept), the
 * unfilled hours (medium = minus those hours). The soft level has no scale a reader could judge (it is a sum of
 * weighted preferences, negative in nearly every real plan), so the card leaves it to the shares of women and
 * QPV residents shown beside it. Pages use it as {@code @scoreWords}; the raw score stays on the
 * score-by-constraint page.
 */
@Component("scoreWords")
public class ScoreWords {

    private final MessageSource messages;

    public ScoreWords(MessageSource messages) {
        this.messages = messages;
    }

    /** The score in words in the reader's language; a dash for a plan without a score yet. */
    public String of(String score) {
        if (score == null || score.isBlank()) {
            return "—";
        }
        Locale locale = LocaleContextHolder.getLocale();
        HardMediumSoftLongScore s = HardMediumSoftLongScore.parseScore(score);
        String rules = message(s.hardScore() < 0 ? "plans.score.rules.broken" : "plans.score.rules.kept", locale);
        String hours = s.mediumScore() < 0
                ? message("plans.score.unfilled", locale, NumberFormat.getIntegerInstance(locale).format(-s.mediumScore()))
                : message("plans.score.allFilled", locale);
        return message("plans.score.words", locale, hours, rules);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
