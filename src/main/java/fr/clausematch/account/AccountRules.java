package fr.clausematch.account;

import fr.clausematch.security.Role;

import fr.clausematch.contract.BuyerRepository;
import fr.clausematch.territory.TerritoryNames;
import fr.clausematch.territory.TerritoryRepository;
import fr.clausematch.shared.FieldError;
import fr.clausematch.shared.InvalidFieldException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static fr.clausematch.account.UserAccountService.MAX_DISPLAY_NAME_LENGTH;
import static fr.clausematch.account.UserAccountService.MAX_PASSWORD_LENGTH;
import static fr.clausematch.account.UserAccountService.MAX_USERNAME_LENGTH;

/**
 * The rules an account's fields follow, each refusal next to its field: username, displayed name,
 * role and scope (known territories, a registered buyer), password, and that an enabled
 * administrator remains. They only add to the list of errors; {@link #refuseIfAny} throws.
 */
final class AccountRules {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3," + MAX_USERNAME_LENGTH + "}");

    /** A role with the scope that goes with it. */
    record Scope(Role role, Set<String> territories, String buyerCode) {
    }

    private final JdbcTemplate jdbc;
    private final TerritoryRepository territories;
    private final BuyerRepository buyers;

    AccountRules(JdbcTemplate jdbc, TerritoryRepository territories, BuyerRepository buyers) {
        this.jdbc = jdbc;
        this.territories = territories;
        this.buyers = buyers;
    }

    /** Whether the username follows the rule (a taken one is looked for only then). */
    static boolean checkUsername(String username, List<FieldError> errors) {
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

    static String checkDisplayName(String displayName, List<FieldError> errors) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            errors.add(new FieldError("displayName", "le nom affiché est obligatoire"));
        } else if (name.length() > MAX_DISPLAY_NAME_LENGTH) {
            errors.add(new FieldError("displayName", "le nom affiché compte au plus " + MAX_DISPLAY_NAME_LENGTH + " caractères"));
        }
        return name;
    }

    /** The role and its scope; null when the role is missing. {@code current} (null at creation) keeps its own codes valid. */
    Scope checkScope(Role role, Collection<String> territories, String buyerCode, UserAccount current,
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
        } else if (!(current != null && code.equals(current.getBuyerCode())) && buyers.findByCode(code).isEmpty()) {
            errors.add(new FieldError("buyerCode", "acheteur inconnu : " + code + " (enregistrez-le d'abord)"));
        }
        return code;
    }

    private boolean knownTerritory(String code) {
        return TerritoryNames.isDepartement(code) || territories.existsById(code);
    }

    /**
     * Refuses to demote or disable the last enabled administrator. The enabled administrators are locked
     * (in one order) until the transaction ends, so that two administrators demoting each other at the same
     * time cannot both succeed.
     */
    void checkAnAdministratorRemains(UserAccount account, Role role, boolean enabled, List<FieldError> errors) {
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

    static void checkPassword(String password, String confirmation, String username, List<FieldError> errors) {
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

    static void refuseIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidFieldException(errors);
        }
    }
}
