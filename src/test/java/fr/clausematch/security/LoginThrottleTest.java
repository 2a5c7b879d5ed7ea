package fr.clausematch.security;

import fr.clausematch.account.AccountFixtures;
import fr.clausematch.account.UserAccountService;

import fr.clausematch.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.WebApplicationContext;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static fr.clausematch.account.AccountFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Failed sign-ins (form and HTTP Basic) slow down the client that fails, never another client; unknown names,
 * wrong passwords and attempts that must wait get the same answer.
 */
@IntegrationTest
class LoginThrottleTest {

    private static final String ATTACKER = "203.0.113.66";
    private static final String OWNER = "198.51.100.7";

    @Autowired WebApplicationContext context;
    @Autowired UserAccountService accounts;
    @Autowired JdbcTemplate jdbc;

    MockMvc mvc;
    String username;

    @BeforeEach
    void account() {
        mvc = AccountFixtures.signInMvc(context);
        username = AccountFixtures.create(accounts, Role.ADMIN, List.of(), null).username();
    }

    @Test
    void anotherAddressStillSignsInWhileOneAddressIsThrottled() throws Exception {
        for (int i = 0; i < 12; i++) {
            form(ATTACKER, username, "devine-" + i);
            basic(ATTACKER, username, "devine-" + i);
        }
        assertThat(form(ATTACKER, username, PASSWORD).getRedirectedUrl()).isEqualTo("/connexion?erreur=refuse");
        assertThat(basic(ATTACKER, username, PASSWORD).getStatus()).isEqualTo(401);

        assertThat(basic(OWNER, username, PASSWORD).getStatus()).isEqualTo(200);
        assertThat(form(OWNER, username, PASSWORD).getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void unknownNamesWrongPasswordsAndThrottledAttemptsGetTheSameAnswer() throws Exception {
        String unknown = AccountFixtures.uniqueName();
        List<String> formAnswers = new ArrayList<>();
        List<String> basicAnswers = new ArrayList<>();
        for (int i = 0; i < 6; i++) { // the 4th and later attempts wait
            for (String name : List.of(username, unknown)) {
                formAnswers.add(form(ATTACKER, name, "faux").getRedirectedUrl());
                MockHttpServletResponse basic = basic(OWNER, name, "faux");
                basicAnswers.add(basic.getStatus() + " " + basic.getHeader("WWW-Authenticate") + " " + basic.getContentAsString());
            }
        }
        MockHttpServletResponse throttledRightPassword = basic(OWNER, username, PASSWORD);
        basicAnswers.add(throttledRightPassword.getStatus() + " " + throttledRightPassword.getHeader("WWW-Authenticate")
                + " " + throttledRightPassword.getContentAsString());
        formAnswers.add(form(ATTACKER, username, PASSWORD).getRedirectedUrl());

        assertThat(formAnswers).containsOnly("/connexion?erreur=refuse");
        assertThat(basicAnswers).hasSize(13).allMatch(answer -> answer.equals(basicAnswers.get(0)));
        assertThat(basicAnswers.get(0)).startsWith("401 ");
        assertThat(blockedUntil(username, OWNER)).isNotNull();
        assertThat(blockedUntil(unknown, OWNER)).isNotNull(); // an unknown name is slowed down just the same
    }

    @Test
    void theSlowdownGrowsWithEachFailureAndAnAttemptThatWaitsIsNotCounted() throws Exception {
        basic(ATTACKER, username, "faux");
        basic(ATTACKER, username, "faux");
        assertThat(blockedUntil(username, ATTACKER)).isNull();
        long[] seconds = {2, 4, 8, 16};
        for (long wait : seconds) {
            basic(ATTACKER, username, "faux");
            assertThat(blockedUntil(username, ATTACKER)).isCloseTo(Instant.now().plusSeconds(wait), within(Duration.ofSeconds(2)));
            basic(ATTACKER, username, "faux"); // while it waits: refused, not counted
            assertThat(blockedUntil(username, ATTACKER)).isCloseTo(Instant.now().plusSeconds(wait), within(Duration.ofSeconds(2)));
            expireWaits();
        }
        assertThat(failures(username, ATTACKER)).isEqualTo(6);
    }

    @Test
    void oneAddressTryingManyNamesIsSlowedDownOnEveryName() throws Exception {
        for (int i = 0; i < 20; i++) {
            basic(ATTACKER, AccountFixtures.uniqueName(), "faux");
        }
        assertThat(basic(ATTACKER, username, PASSWORD).getStatus()).isEqualTo(401);
        assertThat(basic(OWNER, username, PASSWORD).getStatus()).isEqualTo(200);
    }

    @Test
    void aSuccessForgetsTheFailuresOfThatClientOnly() throws Exception {
        for (int i = 0; i < 2; i++) {
            basic(ATTACKER, username, "faux");
            basic(OWNER, username, "faux");
        }
        assertThat(basic(OWNER, username, PASSWORD).getStatus()).isEqualTo(200);
        assertThat(failures(username, OWNER)).isZero();
        assertThat(failures(username, ATTACKER)).isEqualTo(2);
        basic(OWNER, username, "faux");
        assertThat(blockedUntil(username, OWNER)).isNull(); // counting starts again from zero
        basic(ATTACKER, username, "faux");
        assertThat(blockedUntil(username, ATTACKER)).isNotNull();
    }

    @Test
    void failuresFromEveryWhereSlowTheAccountShortlyButNeverAClientThatSignedInBefore() throws Exception {
        assertThat(basic(OWNER, username, PASSWORD).getStatus()).isEqualTo(200);
        for (int i = 0; i < 100; i++) {
            basic("192.0.2." + (i + 1), username, "faux");
        }
        Instant accountWait = jdbc.queryForObject("SELECT blocked_until FROM login_failure WHERE kind = 'A' AND username = ?",
                Timestamp.class, username).toInstant();
        assertThat(accountWait).isBetween(Instant.now(), Instant.now().plus(Duration.ofMinutes(1)));
        assertThat(basic("192.0.2.200", username, PASSWORD).getStatus()).isEqualTo(401);
        assertThat(basic(OWNER, username, PASSWORD).getStatus()).isEqualTo(200);
    }

    @Test
    void anAdministratorsUnlockLetsAThrottledClientTryAgainAtOnce() throws Exception {
        for (int i = 0; i < 4; i++) {
            basic(ATTACKER, username, "faux");
        }
        assertThat(accounts.get(username).locked()).isTrue();
        accounts.unlock(username, "admin.test");
        assertThat(accounts.get(username).locked()).isFalse();
        assertThat(basic(ATTACKER, username, PASSWORD).getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse form(String address, String name, String password) throws Exception {
        return mvc.perform(post("/connexion").with(csrf()).with(from(address)).param("identifiant", name)
                .param("motDePasse", password)).andReturn().getResponse();
    }

    private MockHttpServletResponse basic(String address, String name, String password) throws Exception {
        return mvc.perform(get("/api/territories").with(httpBasic(name, password)).with(from(address))).andReturn().getResponse();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private Instant blockedUntil(String name, String client) {
        List<Timestamp> until = jdbc.queryForList("SELECT blocked_until FROM login_failure WHERE kind = 'P' AND username = ? "
                + "AND client = ? AND blocked_until > now()", Timestamp.class, name, client);
        return until.isEmpty() ? null : until.get(0).toInstant();
    }

    private int failures(String name, String client) {
        return jdbc.queryForObject("SELECT failures FROM login_failure WHERE kind = 'P' AND username = ? AND client = ?",
                Integer.class, name, client);
    }

    private void expireWaits() {
        jdbc.update("UPDATE login_failure SET blocked_until = now() - interval '1 second' WHERE blocked_until IS NOT NULL");
    }
}
