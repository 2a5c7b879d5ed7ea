package fr.clausematch.matching.constraints;

/**
 * The constraints of the matching model: a stable key (used in {@code constraint-weights.properties},
 * in the database and in the messages bundles, where {@code constraint.<key>} names it for readers and
 * {@code constraint.<key>.what} says what it counts) and the constraint name given to OptaPlanner.
 */
public enum MatchingConstraint {
    PAIRING_RULES("pairing-rules", ConstraintNames.PAIRING_RULES),
    WEEKLY_LOAD("weekly-load", ConstraintNames.WEEKLY_LOAD),
    UNFILLED_HOURS("unfilled-hours", ConstraintNames.UNFILLED_HOURS),
    WOMEN_SHARE("women-share", ConstraintNames.WOMEN_SHARE),
    QPV_SHARE("qpv-share", ConstraintNames.QPV_SHARE),
    TYPE_BALANCE("type-balance", ConstraintNames.TYPE_BALANCE),
    LOAD_CONCENTRATION("load-concentration", ConstraintNames.LOAD_CONCENTRATION),
    WAITING_PRIORITY("waiting-priority", ConstraintNames.WAITING_PRIORITY),
    DISTANCE("distance", ConstraintNames.DISTANCE),
    OWN_NEIGHBOURHOOD("own-neighbourhood", ConstraintNames.OWN_NEIGHBOURHOOD),
    CONTINUITY("continuity", ConstraintNames.CONTINUITY);

    /** Largest gap, in days, between two slots of one contract that still counts as continuity. */
    public static final int CONTINUITY_MAX_GAP_DAYS = 31;

    private final String key;
    private final String label;

    MatchingConstraint(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    /** The constraint name given to OptaPlanner (French). */
    public String label() {
        return label;
    }

    public static MatchingConstraint byLabel(String label) {
        for (MatchingConstraint c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Contrainte inconnue : " + label);
    }

    public static MatchingConstraint byKey(String key) {
        for (MatchingConstraint c : values()) {
            if (c.key.equals(key)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Contrainte inconnue : " + key);
    }
}
