package fr.clausematch.planning;

import fr.clausematch.matching.exact.TargetCost;

/** Whose share a target is on: the hours to women, or to residents of a QPV. */
public enum TargetShare {
    WOMEN(TargetCost.Share.WOMEN), QPV(TargetCost.Share.QPV);

    final TargetCost.Share model;

    TargetShare(TargetCost.Share model) {
        this.model = model;
    }

    /** {@code women} or {@code qpv} (any case), as the API and the pages name them; null for anything else. */
    public static TargetShare parse(String name) {
        if (name == null) {
            return null;
        }
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "women" -> WOMEN;
            case "qpv" -> QPV;
            default -> null;
        };
    }
}
