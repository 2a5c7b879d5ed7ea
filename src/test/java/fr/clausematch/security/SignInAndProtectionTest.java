package fr.clausematch.security;

import fr.clausematch.account.UserAccount;
import fr.clausematch.account.UserAccountRepository;

import fr.clausematch.support.ApiDescriptionValidation;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Signing in with real accounts (form and HTTP Basic), CSRF, security headers (failed sign-ins: LoginThrottleTest). */
@IntegrationTest
class SignInAndProtectionTest {

    @Autowired WebApplicationContext context;
    @Autowired UserAccountRepository accounts;
    @Autowired PasswordEncoder passwords;
    @Autowired JdbcTemplate jdbc;
    @Autowired ServerProperties serverProperties;

    MockMvc mvc;
    String username;
    final String password = "un-mot-de-passe-" + UUID.randomUUID();

    @BeforeEach
    void facilitatorAccount() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                .alwaysDo(context.getBean(ApiDescriptionValidation.class).validation()).build();
        username = "camille." + UUID.randomUUID().toString().substring(0, 8);
        UserAccount account = new UserAccount(username, "Camille", passwords.encode(password), Role.FACILITATOR);
        account.setScope(Role.FACILITATOR, Set.of("21"), null);
        accounts.save(account);
    }

    @Test
    void passwordsAreStoredAsArgon2Hashes() {
        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = ?", String.class, username);
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(password);
    }

    @Test
    void formSignInOpensASessionAndSignOutClosesIt() throws Exception {
        mvc.perform(get("/candidats")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("http://localhost/connexion"));
        mvc.perform(get("/connexion")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Connexion"), containsString("name=\"_csrf\""),
                        containsString("autocomplete=\"current-password\""))));

        var signedIn = mvc.perform(post("/connexion").with(csrf()).param("identifiant", username.toUpperCase())
                        .param("motDePasse", password))
                .andExpect(redirectedUrl("/")).andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
        mvc.perform(get("/candidats").session(session)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Camille"), containsString("Se déconnecter"))));

        mvc.perform(post("/deconnexion").session(session).with(csrf())).andExpect(redirectedUrl("/connexion?deconnecte"));
        mvc.perform(get("/candidats").session(session)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT last_login_at FROM app_user WHERE username = ?", Timestamp.class, username))
                .isNotNull();
    }

    @Test
    void aSessionFollowsItsAccountAChangedScopeAtOnceADisabledAccountIsSignedOut() throws Exception {
        var signedIn = mvc.perform(post("/connexion").with(csrf()).param("identifiant", username).param("motDePasse", password))
                .andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
        mvc.perform(get("/candidats").param("territory", "21").session(session)).andExpect(status().isOk());

        jdbc.update("UPDATE app_user_territory SET territory_code = '25' WHERE user_id = (SELECT id FROM app_user WHERE username = ?)",
                username);
        mvc.perform(get("/candidats").param("territory", "21").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/candidats").param("territory", "25").session(session)).andExpect(status().isOk());

        jdbc.update("UPDATE app_user SET enabled = false WHERE username = ?", username);
        mvc.perform(get("/candidats").session(session)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("http://localhost/connexion"));
    }

    @Test
    void sessionsEndAfterThirtyMinutesWithoutARequest() {
        assertThat(serverProperties.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(serverProperties.getServlet().getSession().getCookie().getHttpOnly()).isTrue();
    }

    @Test
    void signingInDoesNotChangeTheAccountsVersion() throws Exception {
        long before = jdbc.queryForObject("SELECT version FROM app_user WHERE username = ?", Long.class, username);
        mvc.perform(get("/api/territories").with(httpBasic(username, "faux")));
        mvc.perform(get("/api/territories").with(httpBasic(username, password))).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT version FROM app_user WHERE username = ?", Long.class, username)).isEqualTo(before);
    }

    @Test
    void wrongPasswordIsRefusedInFrenchWithoutSayingWhichPartWasWrong() throws Exception {
        mvc.perform(post("/connexion").with(csrf()).param("identifiant", username).param("motDePasse", "faux"))
                .andExpect(redirectedUrl("/connexion?erreur=refuse"));
        mvc.perform(post("/connexion").with(csrf()).param("identifiant", "personne").param("motDePasse", "faux"))
                .andExpect(redirectedUrl("/connexion?erreur=refuse"));
        mvc.perform(get("/connexion").param("erreur", "refuse"))
                .andExpect(content().string(containsString("Identifiant ou mot de passe incorrect, ou trop d&#39;essais récents")));
    }

    @Test
    void theApiTakesHttpBasicAndAnswers401InFrenchWithoutIt() throws Exception {
        mvc.perform(get("/api/territories")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(jsonPath("$.title").value("Authentification requise"));
        mvc.perform(get("/api/territories").with(httpBasic(username, password))).andExpect(status().isOk());
        mvc.perform(get("/api/territories").with(httpBasic(username, "faux"))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/audit").with(httpBasic(username, password))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Accès refusé"));
    }

    @Test
    void theApiDescriptionDeclaresHttpBasicForEveryOperation() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"))
                .andExpect(jsonPath("$.security[0].basic").isArray());
    }

    @Test
    void changesNeedACsrfTokenUnlessTheRequestCarriesItsOwnCredentials() throws Exception {
        var facilitator = TestUsers.as(TestUsers.facilitatorOf("21"));
        mvc.perform(post("/candidats").with(facilitator).param("id", "CSRF-1")).andExpect(status().isForbidden());
        mvc.perform(post("/candidats").with(facilitator).with(csrf().useInvalidToken()).param("id", "CSRF-1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/candidats").with(facilitator).with(csrf()).param("id", "CSRF-1"))
                .andExpect(status().isBadRequest()); // past CSRF: the incomplete form is refused field by field
        mvc.perform(post("/api/plans").with(facilitator).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(containsString("jeton CSRF"))); // not « votre rôle ne donne pas accès »
        mvc.perform(post("/api/plans").with(httpBasic(username, password)).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM candidate", Integer.class)).isZero();
    }

    @Test
    void disabledAccountsCannotSignIn() throws Exception {
        jdbc.update("UPDATE app_user SET enabled = false WHERE username = ?", username);
        mvc.perform(post("/connexion").with(csrf()).param("identifiant", username).param("motDePasse", password))
                .andExpect(redirectedUrl("/connexion?erreur=desactive"));
        // only the right password may learn that the account is disabled
        mvc.perform(post("/connexion").with(csrf()).param("identifiant", username).param("motDePasse", "faux"))
                .andExpect(redirectedUrl("/connexion?erreur=refuse"));
        mvc.perform(get("/api/territories").with(httpBasic(username, password))).andExpect(status().isUnauthorized());
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/connexion"))
                .andExpect(header().string("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                        containsString("script-src 'self'"), containsString("frame-ancestors 'none'"))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
        mvc.perform(get("/api/territories").with(httpBasic(username, password)))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }
}
