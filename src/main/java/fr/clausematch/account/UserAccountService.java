package fr.clausematch.account;

import fr.clausematch.security.AccountDirectory;
import fr.clausematch.security.LoginThrottle;

import fr.clausematch.audit.AuditAction;
import fr.clausematch.audit.AuditLog;
import fr.clausematch.contract.BuyerRepository;
import fr.clausematch.territory.TerritoryRepository;
import fr.clausematch.shared.ConflictException;
import fr.clausematch.shared.FieldError;
import fr.clausematch.shared.InvalidFieldException;
import fr.clausematch.shared.NotFoundException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The administrator's management of accounts: create, change role, scope and state, reset a password,
 * lift a lock. Every rule is checked before anything is written, each refusal next to its field; every
 * change is written to the audit log (subject {@link #SUBJECT}, the username) without any password or hash.
 * No change may leave the application without an enabled administrator. Web application only (the
 * password encoder comes with the security configuration).
 */
@Service
@ConditionalOnWebApplication
public class UserAccountService {

    /** The audit log's subject type of an account; its subject id is the username. */
    public static final String SUBJECT = "ACCOUNT";
    /** Longest username: the audit log's subject ids hold 64 characters. */
    static final int MAX_USERNAME_LENGTH = 64;
    static final int MAX_PASSWORD_LENGTH = 128;
    static final int MAX_DISPLAY_NAME_LENGTH = 200;

    private static final int MAX_DETAIL_LENGTH = 1000;
    private static final String ACCOUNT = "Le compte";

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final TerritoryRepository territories;
    private final BuyerRepository buyers;
    private final AccountRules rules;
    private final LoginThrottle throttle;
    private final Clock clock;

    UserAccountService(UserAccountRepository accounts, PasswordEncoder passwords, AuditLog audit, JdbcTemplate jdbc,
                       TerritoryRepository territories, BuyerRepository buyers, LoginThrottle throttle, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.jdbc = jdbc;
        this.territories = territories;
        this.buyers = buyers;
        this.rules = new AccountRules(jdbc, territories, buyers);
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Every account, by username. */
    @Transactional(readOnly = true)
    public List<AccountView> list() {
        Map<String, Instant> blocked = throttle.blockedAccounts(clock.instant());
        return accounts.findAll(Sort.by("username")).stream()
                .map(account -> AccountView.of(account, blocked.get(account.getUsername()))).toList();
    }

    @Transactional(readOnly = true)
    public AccountView get(String username) {
        return view(find(username));
    }

    /** The territories one may give a facilitator without typing a code: those the database holds, by code. */
    @Transactional(readOnly = true)
    public Map<String, String> knownTerritories() {
        Map<String, String> known = new LinkedHashMap<>();
        territories.findAll(Sort.by("code")).forEach(territory -> known.put(territory.getCode(), territory.getName()));
        return known;
    }

    /** The buyers one may attach a buyer account to, by name. */
    @Transactional(readOnly = true)
    public Map<String, String> knownBuyers() {
        Map<String, String> known = new LinkedHashMap<>();
        buyers.findAll(Sort.by("name", "code")).forEach(buyer -> known.put(buyer.getCode(), buyer.getName()));
        return known;
    }

    /**
     * @throws InvalidFieldException with every refused field
     * @throws ConflictException     when the username is taken (and nothing else is wrong)
     */
    @Transactional
    public AccountView create(NewAccount form, String actor) {
        List<FieldError> errors = new ArrayList<>();
        String username = AccountDirectory.normalise(form.username());
        boolean taken = AccountRules.checkUsername(username, errors) && accounts.existsByUsername(username);
        String displayName = AccountRules.checkDisplayName(form.displayName(), errors);
        AccountRules.Scope scope = rules.checkScope(form.role(), form.territories(), form.buyerCode(), null, errors);
        AccountRules.checkPassword(form.password(), form.passwordConfirmation(), username, errors);
        String takenMessage = "l'identifiant " + username + " est déjà pris : choisissez-en un autre";
        if (taken && errors.isEmpty()) {
            throw new ConflictException(takenMessage);
        }
        if (taken) {
            errors.add(0, new FieldError("username", takenMessage));
        }
        AccountRules.refuseIfAny(errors);
        UserAccount account = new UserAccount(username, displayName, passwords.encode(form.password()), scope.role());
        account.setScope(scope.role(), scope.territories(), scope.buyerCode());
        account = accounts.saveAndFlush(account);
        audit.record(actor, AuditAction.CREATE, SUBJECT, username, describe(account));
        return view(account);
    }

    /**
     * Changes the holder's name, the role and scope, and whether the account may sign in, on the version read.
     * Territories and a buyer the account already has stay accepted even when the database no longer holds them.
     *
     * @throws ConflictException     when the account changed since {@code change.version()}
     * @throws InvalidFieldException with every refused field, or when no enabled administrator would remain
     */
    @Transactional
    public AccountView update(String username, AccountChange change, String actor) {
        UserAccount account = find(username);
        ConflictException.checkVersion(ACCOUNT, account.getUsername(), change.version(), account.getVersion());
        List<FieldError> errors = new ArrayList<>();
        String displayName = AccountRules.checkDisplayName(change.displayName(), errors);
        AccountRules.Scope scope = rules.checkScope(change.role(), change.territories(), change.buyerCode(), account,
                errors);
        boolean enabled = change.enabled() == null ? account.isEnabled() : change.enabled();
        if (scope != null) {
            rules.checkAnAdministratorRemains(account, scope.role(), enabled, errors);
        }
        AccountRules.refuseIfAny(errors);
        account.setDisplayName(displayName);
        account.setScope(scope.role(), scope.territories(), scope.buyerCode());
        account.setEnabled(enabled);
        account = accounts.saveAndFlush(account);
        audit.record(actor, AuditAction.UPDATE, SUBJECT, account.getUsername(),
                describe(account) + (enabled ? ", actif" : ", désactivé"));
        return view(account);
    }

    /** Sets a new password (same rules as at creation) and lifts any lock. */
    @Transactional
    public AccountView resetPassword(String username, PasswordReset reset, String actor) {
        UserAccount account = find(username);
        List<FieldError> errors = new ArrayList<>();
        AccountRules.checkPassword(reset.password(), reset.passwordConfirmation(), account.getUsername(), errors);
        AccountRules.refuseIfAny(errors);
        account.setPasswordHash(passwords.encode(reset.password()));
        throttle.forget(account.getUsername());
        account = accounts.saveAndFlush(account);
        audit.record(actor, AuditAction.UPDATE, SUBJECT, account.getUsername(), "mot de passe réinitialisé");
        return view(account);
    }

    /** Lets every client try the account again at once: its failed sign-ins, from every client, are forgotten. */
    @Transactional
    public AccountView unlock(String username, String actor) {
        UserAccount account = find(username);
        throttle.forget(account.getUsername());
        audit.record(actor, AuditAction.UPDATE, SUBJECT, account.getUsername(), "compte débloqué");
        return view(account);
    }

    private UserAccount find(String username) {
        return accounts.findByUsername(AccountDirectory.normalise(username))
                .orElseThrow(() -> new NotFoundException(ACCOUNT, username));
    }

    private AccountView view(UserAccount account) {
        return AccountView.of(account, throttle.blockedUntil(account.getUsername(), clock.instant()).orElse(null));
    }


    /** "rôle FACILITATOR, territoires 21, 25": what the audit log keeps of an account (never its password). */
    private static String describe(UserAccount account) {
        String scope = switch (account.getRole()) {
            case ADMIN -> "";
            case FACILITATOR -> (account.getTerritories().size() == 1 ? ", territoire " : ", territoires ")
                    + String.join(", ", account.getTerritories());
            case BUYER -> ", acheteur " + account.getBuyerCode();
        };
        String detail = "rôle " + account.getRole() + scope;
        return detail.length() <= MAX_DETAIL_LENGTH - 20 ? detail : detail.substring(0, MAX_DETAIL_LENGTH - 21) + "…";
    }

}
