package fr.clausematch.account;

import fr.clausematch.security.Role;
import fr.clausematch.security.LoginThrottle;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** A person who may sign in: a role, its scope (territories of a facilitator, organisation of a buyer), a password hash. */
@Entity
@Table(name = "app_user")
@DynamicUpdate // sign-ins write last_login_at by SQL (LoginThrottle): an edit writes only what it changed
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "buyer_code")
    private String buyerCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_territory", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "territory_code")
    private Set<String> territories = new TreeSet<>();

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    private Instant createdAt;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash, Role role) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    /** Sets the role and its scope together: territories only for a facilitator, a buyer only for a buyer. */
    public void setScope(Role role, Set<String> territories, String buyerCode) {
        this.role = role;
        this.territories.clear();
        if (role == Role.FACILITATOR) {
            this.territories.addAll(territories);
        }
        this.buyerCode = role == Role.BUYER ? buyerCode : null;
    }

    public String getBuyerCode() {
        return buyerCode;
    }

    public Set<String> getTerritories() {
        return territories;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public long getVersion() {
        return version;
    }
}
