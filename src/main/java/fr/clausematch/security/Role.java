package fr.clausematch.security;

/** What an account may do; the scope (territories, buyer) comes with the account. */
public enum Role {
    /** Manages accounts, reads the audit journal and the figures of every territory; reads no person's record. */
    ADMIN("Administrateur"),
    /** Works on the people, contracts and plans of their territories. */
    FACILITATOR("Facilitateur"),
    /** Submits the needs of one buyer organisation and follows its contracts; sees no person beyond a pseudonymous id. */
    BUYER("Acheteur");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority of this role ({@code ROLE_ADMIN}, …). */
    public String authority() {
        return "ROLE_" + name();
    }
}
