package fr.clausematch.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * {@code clausematch.security.*}: the first administrator of an external database, and the demonstration
 * accounts of the embedded one. Nested so that the environment variables read naturally:
 * {@code CLAUSEMATCH_SECURITY_ADMIN_PASSWORD}, {@code CLAUSEMATCH_SECURITY_DEMO_PASSWORD}.
 */
@ConfigurationProperties("clausematch.security")
record AccountProperties(Admin admin, Demo demo) {

    static final int MIN_PASSWORD_LENGTH = 12;

    /**
     * @param username the administrator created on first start on an external database ({@code admin})
     * @param password its password, 12 characters at least; without it, an external database that holds no
     *                 administrator yet is refused at start
     */
    record Admin(String username, String password) {
        Admin {
            username = username == null || username.isBlank() ? "admin" : username.strip().toLowerCase();
        }
    }

    /**
     * @param password     one password for every demonstration account; by default each gets a random one
     * @param accountsFile where the demonstration accounts and their passwords are written (owner-only)
     */
    record Demo(String password, Path accountsFile) {
        Demo {
            accountsFile = accountsFile == null
                    ? Path.of(System.getProperty("user.home"), ".clausematch", "comptes-demo.txt") : accountsFile;
        }
    }

    AccountProperties {
        admin = admin == null ? new Admin(null, null) : admin;
        demo = demo == null ? new Demo(null, null) : demo;
    }

    String adminUsername() {
        return admin.username();
    }

    String adminPassword() {
        return admin.password();
    }

    String demoPassword() {
        return demo.password();
    }

    Path demoAccountsFile() {
        return demo.accountsFile();
    }
}
