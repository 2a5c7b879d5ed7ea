package fr.clausematch.matching.constraints;

/** Constraint names (compile-time constants for {@code @ConstraintWeight}); see {@link MatchingConstraint}. */
public final class ConstraintNames {

    public static final String PAIRING_RULES = "Règles d'appariement 1 à 8 enfreintes";
    public static final String WEEKLY_LOAD = "Charge hebdomadaire dépassée (règle 9)";
    public static final String UNFILLED_HOURS = "Heures d'insertion non pourvues";
    public static final String WOMEN_SHARE = "Part des heures aux femmes sous la cible";
    public static final String QPV_SHARE = "Part des heures aux habitants des QPV sous la cible";
    public static final String TYPE_BALANCE = "Remplissage déséquilibré entre travaux, services et prestations intellectuelles";
    public static final String LOAD_CONCENTRATION = "Heures concentrées sur peu de personnes";
    public static final String WAITING_PRIORITY = "Priorité aux personnes repérées depuis longtemps";
    public static final String DISTANCE = "Trajet domicile-chantier";
    public static final String OWN_NEIGHBOURHOOD = "Habitant du QPV travaillant dans son quartier";
    public static final String CONTINUITY = "Continuité sur un même marché";

    private ConstraintNames() {
    }
}
