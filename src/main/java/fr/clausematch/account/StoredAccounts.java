package fr.clausematch.account;

import fr.clausematch.security.AccountDirectory;
import fr.clausematch.security.SignedInUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The stored accounts as sign-in sees them ({@link AccountDirectory}). */
@Component
class StoredAccounts implements AccountDirectory {

    private final UserAccountRepository accounts;
    private final JdbcTemplate jdbc;

    StoredAccounts(UserAccountRepository accounts, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SignedInUser> find(String username) {
        return accounts.findByUsername(AccountDirectory.normalise(username)).map(account -> SignedInUser.ofAccount(
                account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
                account.getTerritories(), account.getBuyerCode(), account.isEnabled(), account.getPasswordHash()));
    }

    /** Plain SQL: a sign-in must not bump the account's version (an administrator editing it would be refused). */
    @Override
    @Transactional
    public void signedIn(String username, Instant at) {
        jdbc.update("UPDATE app_user SET last_login_at = ? WHERE username = ?", Timestamp.from(at), username);
    }
}
