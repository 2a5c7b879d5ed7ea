package fr.clausematch.limits;

import java.util.regex.Pattern;

/**
 * The one rule for an official QPV code (DATA-FORMAT.md, 2026-12-01), used by the dataset reader and by
 * the {@code @QpvCode} constraint of the forms: a code of the 2024 list ({@code QN}, the département on
 * three characters, two digits, a capital letter: {@code QN07511M}) or of the 2015 list ({@code QP}, the
 * département on three characters, three digits: {@code QP021001}). The département is written on three
 * characters: {@code 021}, {@code 971}, and {@code 02A} / {@code 02B} for Corsica.
 */
public final class QpvCodes {

    /** Regular expression of a QPV code (a compile-time constant, for annotations). */
    public static final String REGEX = "QN(\\d{3}|02[AB])\\d{2}[A-Z]|QP(\\d{3}|02[AB])\\d{3}";

    /** The reason given for a wrong code, the same in imports, forms and the API. */
    public static final String MESSAGE = "code QPV invalide (attendu QN, le département sur 3 caractères, 2 chiffres et une"
            + " lettre, ex. QN07511M, liste 2024 ; ou QP, le département sur 3 caractères et 3 chiffres, ex. QP021001, liste 2015)";

    private static final Pattern PATTERN = Pattern.compile(REGEX);

    private QpvCodes() {
    }

    public static boolean isValid(String code) {
        return code != null && PATTERN.matcher(code).matches();
    }

    public static Pattern pattern() {
        return PATTERN;
    }
}
