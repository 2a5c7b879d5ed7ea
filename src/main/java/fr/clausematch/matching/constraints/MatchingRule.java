package fr.clausematch.matching.constraints;

/** The nine matching rules of DATA-FORMAT.md, with their French wording for explanations. */
public enum MatchingRule {
    ELIGIBLE(1, "éligibilité (critère valide au début du poste)"),
    LEGAL_BASIS(2, "base juridique du marché (PASS IAE ou RQTH exigé)"),
    URBAN_RENEWAL(3, "renouvellement urbain (habitant d'un QPV exigé)"),
    TRADE(4, "métier"),
    QUALIFICATION(5, "niveau de qualification"),
    LICENCES(6, "permis et habilitations"),
    REACH(7, "distance domicile-chantier"),
    AVAILABILITY(8, "disponibilité sur les dates du poste"),
    WEEKLY_LOAD(9, "charge hebdomadaire");

    private final int number;
    private final String label;

    MatchingRule(int number, String label) {
        this.number = number;
        this.label = label;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return "règle " + number + " (" + label + ")";
    }
}
