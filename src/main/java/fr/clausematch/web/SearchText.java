package fr.clausematch.web;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

import java.util.Arrays;
import java.util.Locale;

/** The free-text search of the lists: any of the given columns contains the text, ignoring case; % and _ are literal. */
public final class SearchText {

    private SearchText() {
    }

    @SafeVarargs
    public static Predicate anyContains(CriteriaBuilder cb, String text, Expression<String>... columns) {
        String like = likePattern(text);
        return cb.or(Arrays.stream(columns).map(column -> cb.like(cb.lower(column), like, '\\')).toArray(Predicate[]::new));
    }

    /** The {@code LIKE} pattern (escaped with a backslash) of "contains {@code text}, ignoring case", for SQL written by hand. */
    public static String likePattern(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
