package fr.clausematch.security;


import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The person behind a request, as read from their account when they signed in: role and scope. Scope
 * questions are answered here, in one place: which territories' people, contracts and plans one may
 * reach, which buyer's contracts, whether a person's sensitive criteria may be shown.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String username;
    private final String displayName;
    private final Role role;
    private final Set<String> territories;
    private final String buyerCode;
    private final boolean enabled;
    private final boolean locked;
    private final Long accountId;
    private String passwordHash;

    /** A user not tied to a stored account's id (tests, tools, and requests signed in by a token, read anew each time). */
    public SignedInUser(String username, String displayName, Role role, Set<String> territories, String buyerCode,
                        boolean enabled, boolean locked, String passwordHash) {
        this(null, username, displayName, role, territories, buyerCode, enabled, locked, passwordHash);
    }

    private SignedInUser(Long accountId, String username, String displayName, Role role, Set<String> territories,
                         String buyerCode, boolean enabled, boolean locked, String passwordHash) {
        this.accountId = accountId;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.territories = Set.copyOf(territories);
        this.buyerCode = buyerCode;
        this.enabled = enabled;
        this.locked = locked;
        this.passwordHash = passwordHash;
    }

    /**
     * A stored account as it stands, given by the {@link AccountDirectory} (failed sign-ins are slowed down by
     * client, never by locking the account).
     */
    public static SignedInUser ofAccount(long accountId, String username, String displayName, Role role,
                                         Set<String> territories, String buyerCode, boolean enabled, String passwordHash) {
        return new SignedInUser(accountId, username, displayName, role, territories, buyerCode, enabled, false, passwordHash);
    }

    /** The stored account this user signed in with; null for a user made up by a test or a tool. */
    Long accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }

    /** The territories of a facilitator (empty for the other roles). */
    public Set<String> territories() {
        return territories;
    }

    /** The buyer organisation of a buyer account, else null. */
    public String buyerCode() {
        return buyerCode;
    }

    /**
     * May this user work on the people, contracts and plans of this territory? Only its facilitators may; so
     * a person's record, sensitive criteria (RQTH, AAH, JUSTICE) included, reaches only them.
     */
    public boolean worksOn(String territory) {
        return role == Role.FACILITATOR && territory != null && territories.contains(territory);
    }

    /**
     * May this user see this contract and its fill figures? Facilitators of its territory, its buyer, and
     * administrators (figures only: no person behind them).
     */
    public boolean sees(String contractTerritory, String contractBuyer) {
        return switch (role) {
            case ADMIN -> true;
            case FACILITATOR -> worksOn(contractTerritory);
            case BUYER -> buyerCode != null && buyerCode.equals(contractBuyer);
        };
    }

    /** Who acts, as written in the audit log and in the history of decisions. */
    public String actor() {
        return username;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser that && that.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + ", " + role + "]";
    }
}
