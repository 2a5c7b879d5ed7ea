package fr.clausematch.matching.model;

/**
 * Eligibility criteria of DATA-FORMAT.md. Sensitive criteria (health or offence data) decide
 * eligibility and nothing else: they are never shown to buyers and reading them is audited.
 */
public enum EligibilityCriterion {
    DELD(Sensitivity.NONE),
    DETLD(Sensitivity.NONE),
    RSA(Sensitivity.NONE),
    ASS(Sensitivity.NONE),
    AAH(Sensitivity.HEALTH),
    RQTH(Sensitivity.HEALTH),
    YOUTH(Sensitivity.NONE),
    SENIOR(Sensitivity.NONE),
    LOW_QUALIFICATION(Sensitivity.NONE),
    PASS_IAE(Sensitivity.NONE),
    SINGLE_PARENT(Sensitivity.NONE),
    REFUGEE(Sensitivity.NONE),
    JUSTICE(Sensitivity.OFFENCE),
    PRESCRIBER_OPINION(Sensitivity.NONE);

    public enum Sensitivity { NONE, HEALTH, OFFENCE }

    private final Sensitivity sensitivity;

    EligibilityCriterion(Sensitivity sensitivity) {
        this.sensitivity = sensitivity;
    }

    public Sensitivity sensitivity() {
        return sensitivity;
    }

    public boolean isSensitive() {
        return sensitivity != Sensitivity.NONE;
    }
}
