package fr.clausematch.dataset;

import fr.clausematch.matching.model.EligibilityCriterion;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The {@code |}-list cells of a record (criteria, trades, licences): empty and repeated items are errors. */
final class ListCells {

    private ListCells() {
    }

    static Set<EligibilityCriterion> criteria(RowChecker row, String column) {
        List<String> codes = list(row, column);
        if (codes == null) {
            return null;
        }
        EnumSet<EligibilityCriterion> set = EnumSet.noneOf(EligibilityCriterion.class);
        boolean good = true;
        for (String code : codes) {
            EligibilityCriterion found = null;
            for (EligibilityCriterion c : EligibilityCriterion.values()) {
                if (c.name().equals(code)) {
                    found = c;
                }
            }
            if (found == null) {
                row.error(column, "code de critère inconnu : " + code);
                good = false;
            } else {
                set.add(found);
            }
        }
        return good ? Collections.unmodifiableSet(set) : null;
    }

    /** A {@code |}-list whose items all match the pattern; empty cell = empty list. */
    static List<String> codes(RowChecker row, String column, Pattern pattern, String reason) {
        List<String> codes = list(row, column);
        if (codes == null) {
            return null;
        }
        boolean good = true;
        for (String code : codes) {
            if (!pattern.matcher(code).matches()) {
                row.error(column, reason + " : " + code);
                good = false;
            }
        }
        return good ? codes : null;
    }

    /** Splits a list cell; reports empty and repeated items. */
    private static List<String> list(RowChecker row, String column) {
        String value = row.cell(column, false);
        if (value == null) {
            return row.hasColumn(column) ? List.of() : null;
        }
        List<String> items = new ArrayList<>();
        int from = 0;
        boolean good = true;
        while (from <= value.length()) {
            int to = value.indexOf(DatasetColumns.LIST_SEPARATOR, from);
            if (to < 0) {
                to = value.length();
            }
            String item = value.substring(from, to).strip();
            if (item.isEmpty()) {
                row.error(column, "élément vide dans la liste : " + value);
                good = false;
            } else if (items.contains(item)) {
                row.error(column, "élément en double dans la liste : " + item);
                good = false;
            } else {
                items.add(item);
            }
            from = to + 1;
        }
        return good ? List.copyOf(items) : null;
    }
}
