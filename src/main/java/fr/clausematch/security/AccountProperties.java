package fr.clausematch.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * {@code clausematch.security.*}: the first administrator of an external database
 * ({@code CLAUSEMATCH_SECURITY_ADMIN_PASSWORD}), and the demonstration accounts of the embedded one.
 *
 * @param adminUsername     the administrator created on first start on an external database ({@code admin})
 * @param adminPassword     its password, 12 characters at least; without it, an external database that holds
 *                          no administrator yet is refused at start
 * @param demoPassword      one password for every demonstration account; by default each gets a random one
 * @param demoAccountsFile  where the demonstration accounts and their passwords are written (owner-only)
 */
@ConfigurationProperties("clausematch.security")
record AccountProperties(String adminUsername, String adminPassword, String demoPassword, Path demoAccountsFile) {

    static final int MIN_PASSWORD_LENGTH = 12;

    AccountProperties {
        adminUsername = adminUsername == null || adminUsername.isBlank() ? "admin" : adminUsername.strip().toLowerCase();
        demoAccountsFile = demoAccountsFile == null
                ? Path.of(System.getProperty("user.home"), ".clausematch", "comptes-demo.txt") : demoAccountsFile;
    }
}
