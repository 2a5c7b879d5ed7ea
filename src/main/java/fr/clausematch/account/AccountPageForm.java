package fr.clausematch.account;

import fr.clausematch.security.Role;

import fr.clausematch.web.FormErrors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The account form of the administrator's pages: territories ticked among those the database holds, plus
 * other codes typed in one field ({@code 70, 90}); the password fields only at creation.
 */
public class AccountPageForm {

    private String username;
    private String displayName;
    private Role role;
    private Set<String> territories = new TreeSet<>();
    private String otherTerritories;
    private String buyerCode;
    private boolean enabled = true;
    private String password;
    private String passwordConfirmation;
    private Long version;

    /** The form of an account, its territories that the database does not hold typed in the text field. */
    static AccountPageForm of(AccountView account, Collection<String> listedTerritories) {
        AccountPageForm form = new AccountPageForm();
        form.username = account.username();
        form.displayName = account.displayName();
        form.role = account.role();
        form.territories = new TreeSet<>(account.territories());
        form.territories.retainAll(listedTerritories);
        form.otherTerritories = String.join(", ", account.territories().stream()
                .filter(code -> !listedTerritories.contains(code)).toList());
        form.buyerCode = account.buyerCode();
        form.enabled = account.enabled();
        form.version = account.version();
        return form;
    }

    NewAccount toNewAccount() {
        return new NewAccount(username, displayName, role, allTerritories(), buyerCode, password, passwordConfirmation);
    }

    AccountChange toChange() {
        return new AccountChange(displayName, role, allTerritories(), buyerCode, enabled, version);
    }

    private List<String> allTerritories() {
        List<String> codes = new ArrayList<>(territories == null ? Set.of() : territories);
        codes.addAll(FormErrors.splitList(otherTerritories));
        return codes;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public Role getRole() { return role; }
    public void setRole(Role role) { this.role = role; }
    public Set<String> getTerritories() { return territories; }
    public void setTerritories(Set<String> territories) { this.territories = territories; }
    public String getOtherTerritories() { return otherTerritories; }
    public void setOtherTerritories(String otherTerritories) { this.otherTerritories = otherTerritories; }
    public String getBuyerCode() { return buyerCode; }
    public void setBuyerCode(String buyerCode) { this.buyerCode = buyerCode; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getPasswordConfirmation() { return passwordConfirmation; }
    public void setPasswordConfirmation(String passwordConfirmation) { this.passwordConfirmation = passwordConfirmation; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
