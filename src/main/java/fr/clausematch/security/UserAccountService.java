package fr.clausematch.security;

import fr.clausematch.audit.AuditAction;
import fr.clausematch.audit.AuditLog;
import fr.clausematch.territory.TerritoryNames;
import fr.clausematch.web.ConflictException;
import fr.clausematch.web.FieldError;
import fr.clausematch.web.InvalidFieldException;
import fr.clausematch.web.NotFoundException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

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

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3," + MAX_USERNAME_LENGTH + "}");
    private static final int MAX_DETAIL_LENGTH = 1000;
    private static final String ACCOUNT = "Le compte";

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final LoginThrottle throttle;
    private final Clock clock;

    UserAccountService(UserAccountRepository accounts, PasswordEncoder passwords, AuditLog audit, JdbcTemplate jdbc,
                       LoginThrottle throttle, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.audit = audit;
        this.jdbc = jdbc;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** A role with the scope that goes with it. */
    private record Scope(Role role, Set<String> territories, String buyerCode) {
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
        return codesAndNames("SELECT code, name FROM territory ORDER BY code");
    }

    /** The buyers one may attach a buyer account to, by name. */
    @Transactional(readOnly = true)
    public Map<String, String> knownBuyers() {
        return codesAndNames("SELECT code, name FROM buyer ORDER BY name, code");
    }

    /**
     * @throws InvalidFieldException with every refused field
     * @throws ConflictException     when the username is taken (and nothing else is wrong)
     */
    @Transactional
    public AccountView create(NewAccount form, String actor) {
        List<FieldError> errors = new ArrayList<>();
        String username = AccountDetailsService.normalise(form.username());
        boolean taken = checkUsername(username, errors) && accounts.existsByUsername(username);
        String displayName = checkDisplayName(form.displayName(), errors);
        Scope scope = checkScope(form.role(), form.territories(), form.buyerCode(), null, errors);
        checkPassword(form.password(), form.passwordConfirmation(), username, errors);
        String takenMessage = "l'identifiant " + username + " est déjà pris : choisissez-en un autre";
        if (taken && errors.isEmpty()) {
            throw new ConflictException(takenMessage);
        }
        if (taken) {
            errors.add(0, new FieldError("username", takenMessage));
        }
        refuseIfAny(errors);
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
        String displayName = checkDisplayName(change.displayName(), errors);
        Scope scope = checkScope(change.role(), change.territories(), change.buyerCode(), account, errors);
        boolean enabled = change.enabled() == null ? account.isEnabled() : change.enabled();
        if (scope != null) {
            checkAnAdministratorRemains(account, scope.role(), enabled, errors);
        }
        refuseIfAny(errors);
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
        checkPassword(reset.password(), reset.passwordConfirmation(), account.getUsername(), errors);
        refuseIfAny(errors);
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
        return accounts.findByUsername(AccountDetailsService.normalise(username))
                .orElseThrow(() -> new NotFoundException(ACCOUNT, username));
    }

    private AccountView view(UserAccount account) {
        return AccountView.of(account, throttle.blockedUntil(account.getUsername(), clock.instant()).orElse(null));
    }

    /** Whether the username follows the rule (a taken one is looked for only then). */
    private static boolean checkUsername(String username, List<FieldError> errors) {
        if (username.isEmpty()) {
            errors.add(new FieldError("username", "l'identifiant est obligatoire"));
            return false;
        }
        if (!USERNAME.matcher(username).matches()) {
            errors.add(new FieldError("username", "l'identifiant compte 3 à " + MAX_USERNAME_LENGTH
                    + " caractères parmi a-z 0-9 . _ - (sans espace ni accent)"));
            return false;
        }
        return true;
    }

    private static String checkDisplayName(String displayName, List<FieldError> errors) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            errors.add(new FieldError("displayName", "le nom affiché est obligatoire"));
        } else if (name.length() > MAX_DISPLAY_NAME_LENGTH) {
            errors.add(new FieldError("displayName", "le nom affiché compte au plus " + MAX_DISPLAY_NAME_LENGTH + " caractères"));
        }
        return name;
    }

    /** The role and its scope; null when the role is missing. {@code current} (null at creation) keeps its own codes valid. */
    private Scope checkScope(Role role, Collection<String> territories, String buyerCode, UserAccount current,
                             List<FieldError> errors) {
        if (role == null) {
            errors.add(new FieldError("role", "le rôle est obligatoire"));
            return null;
        }
        return switch (role) {
            case ADMIN -> new Scope(role, Set.of(), null);
            case FACILITATOR -> new Scope(role, checkTerritories(territories, current, errors), null);
            case BUYER -> new Scope(role, Set.of(), checkBuyer(buyerCode, current, errors));
        };
    }

    private Set<String> checkTerritories(Collection<String> territories, UserAccount current, List<FieldError> errors) {
        Set<String> codes = new TreeSet<>();
        if (territories != null) {
            territories.stream().filter(Objects::nonNull).map(String::strip).filter(code -> !code.isEmpty()).forEach(codes::add);
        }
        if (codes.isEmpty()) {
            errors.add(new FieldError("territories", "un facilitateur travaille sur au moins un territoire : cochez-le ou saisissez son code"));
            return codes;
        }
        Set<String> own = current != null ? current.getTerritories() : Set.of();
        List<String> unknown = codes.stream().filter(code -> !own.contains(code) && !knownTerritory(code)).toList();
        if (!unknown.isEmpty()) {
            errors.add(new FieldError("territories", (unknown.size() == 1 ? "territoire inconnu : " : "territoires inconnus : ")
                    + String.join(", ", unknown) + " (ni un département, ni un territoire enregistré)"));
        }
        return codes;
    }

    private String checkBuyer(String buyerCode, UserAccount current, List<FieldError> errors) {
        String code = buyerCode == null ? "" : buyerCode.strip();
        if (code.isEmpty()) {
            errors.add(new FieldError("buyerCode", "un compte acheteur est rattaché à un acheteur : choisissez-le"));
        } else if (!(current != null && code.equals(current.getBuyerCode())) && !exists("buyer", code)) {
            errors.add(new FieldError("buyerCode", "acheteur inconnu : " + code + " (enregistrez-le d'abord)"));
        }
        return code;
    }

    private boolean knownTerritory(String code) {
        return TerritoryNames.isDepartement(code) || exists("territory", code);
    }

    private boolean exists(String table, String code) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM " + table + " WHERE code = ?)",
                Boolean.class, code));
    }

    /**
     * Refuses to demote or disable the last enabled administrator. The enabled administrators are locked
     * (in one order) until the transaction ends, so that two administrators demoting each other at the same
     * time cannot both succeed.
     */
    private void checkAnAdministratorRemains(UserAccount account, Role role, boolean enabled, List<FieldError> errors) {
        boolean remainsAdmin = role == Role.ADMIN && enabled;
        if (account.getRole() != Role.ADMIN || !account.isEnabled() || remainsAdmin) {
            return;
        }
        List<Long> admins = jdbc.queryForList(
                "SELECT id FROM app_user WHERE role = 'ADMIN' AND enabled ORDER BY id FOR UPDATE", Long.class);
        if (admins.stream().noneMatch(id -> !id.equals(account.getId()))) {
            errors.add(new FieldError(role != Role.ADMIN ? "role" : "enabled",
                    "c'est le dernier compte administrateur actif : créez ou activez d'abord un autre administrateur, "
                            + "sans quoi plus personne ne pourrait gérer les comptes"));
        }
    }

    private static void checkPassword(String password, String confirmation, String username, List<FieldError> errors) {
        if (password == null || password.isBlank()) {
            errors.add(new FieldError("password", "le mot de passe est obligatoire"));
            return;
        }
        int length = password.codePointCount(0, password.length());
        if (length < AccountProperties.MIN_PASSWORD_LENGTH) {
            errors.add(new FieldError("password", "le mot de passe compte au moins " + AccountProperties.MIN_PASSWORD_LENGTH + " caractères"));
        } else if (length > MAX_PASSWORD_LENGTH) {
            errors.add(new FieldError("password", "le mot de passe compte au plus " + MAX_PASSWORD_LENGTH + " caractères"));
        } else if (password.strip().equalsIgnoreCase(username)) {
            errors.add(new FieldError("password", "le mot de passe ne doit pas être l'identifiant"));
        }
        if (!password.equals(confirmation)) {
            errors.add(new FieldError("passwordConfirmation", "les deux saisies du mot de passe diffèrent"));
        }
    }

    private static void refuseIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
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

    private Map<String, String> codesAndNames(String sql) {
        Map<String, String> rows = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            rows.put(rs.getString("code"), rs.getString("name"));
        });
        return rows;
    }
}
