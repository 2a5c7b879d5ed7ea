package fr.clausematch.batch;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A run's total time budget, written {@code 90s}, {@code 15m} or {@code 1h} (or combined: {@code 1h30m}). */
public final class RunBudget {

    public static final Duration MIN = Duration.ofSeconds(10);
    public static final Duration MAX = Duration.ofHours(24);

    private static final Pattern TEXT = Pattern.compile("(?:(\\d{1,3})h)?(?:(\\d{1,5})m)?(?:(\\d{1,6})s)?");

    private RunBudget() {
    }

    /** The budget written in {@code text}; {@link IllegalArgumentException} (in French) for another text or out of bounds. */
    public static Duration parse(String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text.trim());
        if (text == null || text.isBlank() || !matcher.matches()) {
            throw new IllegalArgumentException("budget invalide : « " + text + " » (attendu par exemple 90s, 15m ou 1h)");
        }
        Duration budget = Duration.ofHours(number(matcher.group(1))).plusMinutes(number(matcher.group(2)))
                .plusSeconds(number(matcher.group(3)));
        return checked(budget);
    }

    /** The budget if between {@link #MIN} and {@link #MAX}; else {@link IllegalArgumentException}, in French. */
    public static Duration checked(Duration budget) {
        if (budget.compareTo(MIN) < 0 || budget.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("le budget doit être entre " + MIN.toSeconds() + " s et "
                    + MAX.toHours() + " h : " + budget.toSeconds() + " s");
        }
        return budget;
    }

    private static long number(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }
}
