package fr.clausematch.account;

import fr.clausematch.security.Role;

import fr.clausematch.database.LocalPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The first accounts, before the web application serves anything.
 * <ul>
 *   <li>On the embedded default database, when it holds no account yet: the demonstration accounts (one
 *   administrator, facilitators of Côte-d'Or and of Doubs, two buyers of the sample), each with a random
 *   password (or {@code CLAUSEMATCH_SECURITY_DEMO_PASSWORD}), written with their passwords to an owner-only
 *   file ({@code clausematch.security.demo.accounts-file}); never into the log nor the repository.</li>
 *   <li>On an external database that holds no administrator: the administrator, with the password given
 *   by {@code CLAUSEMATCH_SECURITY_ADMIN_PASSWORD}; without one the application refuses to start.</li>
 * </ul>
 * Command-line runs (no web server) create nothing.
 */
@Component
@ConditionalOnWebApplication
class AccountBootstrap implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);
    private static final String PASSWORD_CHARS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One demonstration account. */
    record DemoAccount(String username, String displayName, Role role, Set<String> territories, String buyer) {
    }

    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("admin", "Administratrice de démonstration", Role.ADMIN, Set.of(), null),
            new DemoAccount("facilitatrice.21", "Camille (Côte-d'Or)", Role.FACILITATOR, Set.of("21"), null),
            new DemoAccount("facilitateur.25", "Karim (Doubs)", Role.FACILITATOR, Set.of("25"), null),
            new DemoAccount("bailleur.besancon", "Habitat Besançon", Role.BUYER, Set.of(), "Habitat Besançon (bailleur social)"),
            new DemoAccount("departement.21", "Département de la Côte-d'Or", Role.BUYER, Set.of(), "Département 21"));

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final AccountProperties properties;
    private final TransactionTemplate transaction;
    private final boolean embedded;

    AccountBootstrap(UserAccountRepository accounts, PasswordEncoder passwords, AccountProperties properties,
                     TransactionTemplate transaction, ObjectProvider<LocalPostgres> embeddedDatabase) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.properties = properties;
        this.transaction = transaction;
        this.embedded = embeddedDatabase.getIfAvailable() != null;
    }

    @Override
    public void afterPropertiesSet() {
        transaction.executeWithoutResult(status -> {
            if (embedded) {
                if (accounts.count() == 0) {
                    createDemoAccounts();
                }
            } else if (!accounts.existsByRole(Role.ADMIN)) {
                createAdministrator();
            }
        });
    }

    /** The file listing the demonstration accounts, when running on the embedded database and it exists. */
    Optional<Path> demoAccountsFile() {
        return embedded && Files.exists(properties.demoAccountsFile()) ? Optional.of(properties.demoAccountsFile()) : Optional.empty();
    }

    private void createDemoAccounts() {
        List<String> lines = new ArrayList<>();
        lines.add("# Comptes de démonstration de Clausematch (base PostgreSQL intégrée seulement).");
        lines.add("# identifiant\tmot de passe\trôle\tpérimètre");
        for (DemoAccount demo : DEMO_ACCOUNTS) {
            String password = properties.demoPassword() != null && !properties.demoPassword().isBlank()
                    ? properties.demoPassword() : randomPassword();
            UserAccount account = new UserAccount(demo.username(), demo.displayName(), passwords.encode(password), demo.role());
            account.setScope(demo.role(), demo.territories(), demo.buyer());
            accounts.save(account);
            lines.add(demo.username() + "\t" + password + "\t" + demo.role().label() + "\t"
                    + (demo.buyer() != null ? demo.buyer() : String.join(", ", demo.territories())));
        }
        write(properties.demoAccountsFile(), lines);
        log.info("Demonstration accounts created; usernames and passwords are in {}", properties.demoAccountsFile());
    }

    private void createAdministrator() {
        String password = properties.adminPassword();
        if (password == null || password.isBlank()) {
            throw new MissingAdminPasswordException("La base PostgreSQL externe ne contient aucun compte administrateur "
                    + "et aucun mot de passe administrateur n'est fourni (CLAUSEMATCH_SECURITY_ADMIN_PASSWORD) : "
                    + "Clausematch refuse de démarrer plutôt que de créer un compte au mot de passe connu.");
        }
        if (password.length() < AccountProperties.MIN_PASSWORD_LENGTH) {
            throw new MissingAdminPasswordException("Le mot de passe administrateur fourni (CLAUSEMATCH_SECURITY_ADMIN_PASSWORD) "
                    + "est trop court : " + AccountProperties.MIN_PASSWORD_LENGTH + " caractères au moins.");
        }
        UserAccount admin = accounts.findByUsername(properties.adminUsername()).orElse(null);
        if (admin == null) {
            admin = new UserAccount(properties.adminUsername(), "Administrateur", passwords.encode(password), Role.ADMIN);
        } else {
            admin.setPasswordHash(passwords.encode(password));
        }
        admin.setScope(Role.ADMIN, Set.of(), null);
        accounts.save(admin);
        log.info("Administrator account '{}' created on the external database", properties.adminUsername());
    }

    static String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_CHARS.charAt(RANDOM.nextInt(PASSWORD_CHARS.length())));
        }
        return password.toString();
    }

    private static void write(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(file);
            Files.createFile(file);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the file system has no POSIX permissions (Windows): the user's own folder protects it
            }
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the demonstration accounts to " + file, e);
        }
    }
}
