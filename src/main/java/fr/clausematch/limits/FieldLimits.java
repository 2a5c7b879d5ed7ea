package fr.clausematch.limits;

import java.time.LocalDate;

/**
 * The limits of the database schema (V*.sql: VARCHAR lengths, CHECK ranges) and of the dates Java and
 * PostgreSQL agree on, stated once for the dataset reader and for the validation annotations of the
 * forms and the API, so that nothing passes the checks and then fails at insert time. Lengths are counted
 * in UTF-16 units, never fewer than PostgreSQL's characters, so a text that passes always fits.
 */
public final class FieldLimits {

    /** Identifiers of people, contracts, slots, and territory codes: VARCHAR(64). */
    public static final String ID_REGEX = "[A-Za-z0-9_.-]{1,64}";
    public static final String ID_MESSAGE = "identifiant invalide (1 à 64 caractères parmi A-Z a-z 0-9 _ . -)";
    public static final int TERRITORY = 64;

    /** candidate.commune and contract.commune: VARCHAR(200), may be empty. */
    public static final int COMMUNE = 200;
    public static final String COMMUNE_MESSAGE = "200 caractères au plus";
    /** contract.title: VARCHAR(500). */
    public static final int TITLE = 500;
    public static final String TITLE_MESSAGE = "500 caractères au plus";
    /** buyer.code and buyer.name: VARCHAR(200). */
    public static final int BUYER = 200;
    public static final String BUYER_MESSAGE = "200 caractères au plus";

    /** A ROME code: candidate_trade.trade and slot.trade are VARCHAR(10). */
    public static final String ROME_REGEX = "[A-Z][0-9]{4}";
    /** What a form or the API answers for a value that is not a ROME code. */
    public static final String ROME_MESSAGE = "code ROME attendu, par exemple F1704";
    /** A licence code: candidate_licence.licence and slot_licence.licence are VARCHAR(40). */
    public static final String LICENCE_REGEX = "[A-Z0-9_]{1,40}";

    /** candidate.birth_year: CHECK (birth_year BETWEEN 1900 AND 2100). */
    public static final int BIRTH_YEAR_MIN = 1900;
    public static final int BIRTH_YEAR_MAX = 2100;
    public static final String BIRTH_YEAR_MESSAGE = "année de naissance entre 1900 et 2100";

    /**
     * Every date: from 1900-01-01 to 2100-12-31. Older dates are shifted by the Julian calendar on their
     * way to PostgreSQL (1582-10-10 would be stored as 1582-10-20), year 0 does not exist there.
     */
    public static final LocalDate DATE_MIN = LocalDate.of(1900, 1, 1);
    public static final LocalDate DATE_MAX = LocalDate.of(2100, 12, 31);
    public static final String DATE_MESSAGE = "date entre le 1900-01-01 et le 2100-12-31";

    /** Weekly hours: NUMERIC(4, 1), and a week has 168 hours. */
    public static final int WEEKLY_HOURS_MAX = 168;

    /** The reason given for a text holding a NUL byte or another control character. */
    public static final String CONTROL_MESSAGE =
            "caractère de contrôle interdit (octet nul ou autre caractère non imprimable) à la position ";

    private FieldLimits() {
    }

    public static boolean dateInRange(LocalDate date) {
        return date == null || (!date.isBefore(DATE_MIN) && !date.isAfter(DATE_MAX));
    }

    /** Why a free text cannot be stored (a control character, more than {@code max} characters), or null. */
    public static String textProblem(String text, int max) {
        int forbidden = forbiddenCharacter(text);
        if (forbidden > 0) {
            return CONTROL_MESSAGE + forbidden;
        }
        return text != null && text.length() > max
                ? "texte trop long : " + max + " caractères au plus (" + text.length() + ")" : null;
    }

    /**
     * The position (1-based) of the first character a text may not hold, or 0: a NUL byte or another
     * control character (C0 but tab, line feed and carriage return, which a multi-line cell may hold; DEL;
     * C1), or half of a surrogate pair.
     */
    public static int forbiddenCharacter(String text) {
        if (text == null) {
            return 0;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
            boolean lone = Character.isHighSurrogate(c)
                    ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                    : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if (control || lone) {
                return i + 1;
            }
        }
        return 0;
    }
}
