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
        String like = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return cb.or(Arrays.stream(columns).map(column -> cb.like(cb.lower(column), like, '\\')).toArray(Predicate[]::new));
    }
}
