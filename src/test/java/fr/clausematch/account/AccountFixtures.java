package fr.clausematch.account;


import fr.clausematch.security.Role;
import fr.clausematch.support.ApiDescriptionValidation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Accounts of the account tests: each with a name of its own (the account table is not emptied between
 * tests and holds the demonstration accounts), and a real sign-in without the tests' default user.
 */
public final class AccountFixtures {

    public static final String PASSWORD = "correct-horse-battery";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final AtomicInteger NEXT = new AtomicInteger();

    private AccountFixtures() {
    }

    /** A username no other test uses, such as {@code t-3fa2c1-7}. */
    public static String uniqueName() {
        return "t-" + RUN + "-" + NEXT.incrementAndGet();
    }

    /** A new account with {@link #PASSWORD}, created by {@code admin.test}. */
    public static AccountView create(UserAccountService accounts, Role role, List<String> territories, String buyer) {
        String username = uniqueName();
        return accounts.create(new NewAccount(username, "Compte " + username, role, territories, buyer, PASSWORD, PASSWORD),
                "admin.test");
    }

    /** MockMvc with the security filters and no default user: requests sign in as they say. */
    public static MockMvc signInMvc(WebApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .alwaysDo(context.getBean(ApiDescriptionValidation.class).validation()).build();
    }

    /** The HTTP status of {@code GET /api/territories} signed in with these credentials (200, or 401 when refused). */
    public static int signInStatus(MockMvc mvc, String username, String password) throws Exception {
        return mvc.perform(get("/api/territories").with(httpBasic(username, password))).andReturn().getResponse().getStatus();
    }

    /** Disables every enabled administrator except {@code keep}; returns their ids, to enable again. */
    public static List<Long> disableAdministratorsBut(JdbcTemplate jdbc, String keep) {
        List<Long> ids = jdbc.queryForList("SELECT id FROM app_user WHERE role = 'ADMIN' AND enabled AND username <> ?",
                Long.class, keep);
        ids.forEach(id -> jdbc.update("UPDATE app_user SET enabled = false WHERE id = ?", id));
        return ids;
    }

    public static void enable(JdbcTemplate jdbc, List<Long> ids) {
        ids.forEach(id -> jdbc.update("UPDATE app_user SET enabled = true WHERE id = ?", id));
    }

    /** As if this test's client (MockMvc's 127.0.0.1) had failed to sign in to the account 12 times in a row. */
    public static void lock(JdbcTemplate jdbc, String username) {
        jdbc.update("INSERT INTO login_failure (kind, username, client, failures, last_failure_at, blocked_until) "
                + "VALUES ('P', ?, '127.0.0.1', 12, now(), now() + interval '15 minutes') ON CONFLICT (kind, username, client) "
                + "DO UPDATE SET failures = 12, last_failure_at = now(), blocked_until = now() + interval '15 minutes'", username);
    }
}
