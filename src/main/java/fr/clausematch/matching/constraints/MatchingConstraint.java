package fr.clausematch.matching.constraints;

/**
 * The constraints of the matching model: a stable key (used in {@code constraint-weights.properties}
 * and in the database), the constraint name (French, shown in explanations and score breakdowns)
 * and the reason it exists.
 */
public enum MatchingConstraint {
    PAIRING_RULES("pairing-rules", ConstraintNames.PAIRING_RULES,
            "Un appariement confirmé ne respecte plus les règles 1 à 8 (éligibilité, base juridique, ANRU, métier, "
                    + "qualification, permis, distance, disponibilité) ; pénalité : heures du poste."),
    WEEKLY_LOAD("weekly-load", ConstraintNames.WEEKLY_LOAD,
            "Chaque jour, la somme des heures hebdomadaires des postes d'une personne ne dépasse pas son maximum ; "
                    + "pénalité : dixièmes d'heure de dépassement × jours."),
    UNFILLED_HOURS("unfilled-hours", ConstraintNames.UNFILLED_HOURS,
            "Remplir le plus d'heures d'insertion possible ; pénalité : heures des postes vides."),
    WOMEN_SHARE("women-share", ConstraintNames.WOMEN_SHARE,
            "Atteindre plus de femmes, sur chaque type de marché ; pénalité : dixièmes d'heure manquant pour "
                    + "atteindre la cible, par type de marché."),
    QPV_SHARE("qpv-share", ConstraintNames.QPV_SHARE,
            "Atteindre plus d'habitants des quartiers prioritaires, sur chaque type de marché ; pénalité : dixièmes "
                    + "d'heure manquant pour atteindre la cible, par type de marché."),
    TYPE_BALANCE("type-balance", ConstraintNames.TYPE_BALANCE,
            "Étendre la clause aux services et prestations intellectuelles ; pénalité : écart en pour mille entre le "
                    + "meilleur et le moins bon taux de remplissage des types de marché."),
    LOAD_CONCENTRATION("load-concentration", ConstraintNames.LOAD_CONCENTRATION,
            "Répartir les heures sur plus de personnes ; pénalité : somme des carrés des heures de chaque personne, / 10."),
    WAITING_PRIORITY("waiting-priority", ConstraintNames.WAITING_PRIORITY,
            "Servir d'abord celles et ceux qui attendent ; récompense : heures × mois d'ancienneté de repérage "
                    + "(comparée à la personne repérée le plus récemment)."),
    DISTANCE("distance", ConstraintNames.DISTANCE,
            "Préférer les trajets courts ; pénalité : km × heures / 10."),
    OWN_NEIGHBOURHOOD("own-neighbourhood", ConstraintNames.OWN_NEIGHBOURHOOD,
            "Récompenser le travail dans son propre quartier prioritaire ; récompense : heures du poste."),
    CONTINUITY("continuity", ConstraintNames.CONTINUITY,
            "Une même personne sur des postes successifs d'un même marché (le suivant commence au plus "
                    + MatchingConstraint.CONTINUITY_MAX_GAP_DAYS + " jours après la fin du précédent) ; récompense : "
                    + "heures du poste suivant.");

    /** Largest gap, in days, between two slots of one contract that still counts as continuity. */
    public static final int CONTINUITY_MAX_GAP_DAYS = 31;

    private final String key;
    private final String label;
    private final String justification;

    MatchingConstraint(String key, String label, String justification) {
        this.key = key;
        this.label = label;
        this.justification = justification;
    }

    public String key() {
        return key;
    }

    /** The constraint name given to OptaPlanner (French). */
    public String label() {
        return label;
    }

    public String justification() {
        return justification;
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
