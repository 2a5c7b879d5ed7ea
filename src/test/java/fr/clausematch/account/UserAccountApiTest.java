package fr.clausematch.account;

import fr.clausematch.security.SignedInUser;
import fr.clausematch.security.Role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static fr.clausematch.account.AccountFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UserAccountApiTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserAccountService accounts;
    @Autowired WebApplicationContext context;

    /** A valid new facilitator account; {@code overrides} are name, value pairs (null removes the field). */
    private Map<String, Object> newAccount(String username, Object... overrides) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("displayName", "Camille Martin");
        body.put("role", "FACILITATOR");
        body.put("territories", List.of("21", "25"));
        body.put("password", PASSWORD);
        body.put("passwordConfirmation", PASSWORD);
        for (int i = 0; i < overrides.length; i += 2) {
            body.put((String) overrides[i], overrides[i + 1]);
        }
        return body;
    }

    private ResultActions asAdmin(MockHttpServletRequestBuilder request, Object body) throws Exception {
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsBytes(body));
        }
        return mvc.perform(request.with(TestUsers.as(TestUsers.admin())));
    }

    private JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsByteArray());
    }

    @Test
    void createsAFacilitatorOfDepartementsAndOfARegisteredArea() throws Exception {
        jdbc.update("INSERT INTO territory (code, name, kind) VALUES ('zone-nord', 'Zone nord', 'AREA')");
        String username = AccountFixtures.uniqueName();
        asAdmin(post("/api/users"), newAccount(username.toUpperCase(), "territories", List.of("25", " 21", "zone-nord")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost/api/users/" + username))
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.role").value("FACILITATOR"))
                .andExpect(jsonPath("$.territories[0]").value("21"))
                .andExpect(jsonPath("$.territories[2]").value("zone-nord"))
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.locked").value(false))
                .andExpect(jsonPath("$.password").doesNotExist())
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
        assertThat(jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = ?", String.class, username))
                .startsWith("{argon2}");
        asAdmin(get("/api/users"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].username", hasItem(username)))
                .andExpect(jsonPath("$[*].username", hasItem("admin")))
                .andExpect(content().string(not(containsString("argon2"))));
    }

    @Test
    void createsABuyerOfARegisteredBuyerAndAnAdministrator() throws Exception {
        jdbc.update("INSERT INTO buyer (code, name, kind) VALUES ('Habitat 21', 'Habitat Côte-d''Or', 'SOCIAL_LANDLORD')");
        String buyer = AccountFixtures.uniqueName();
        asAdmin(post("/api/users"), newAccount(buyer, "role", "BUYER", "buyerCode", "Habitat 21"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.buyerCode").value("Habitat 21"))
                .andExpect(jsonPath("$.territories").isEmpty());
        String admin = AccountFixtures.uniqueName();
        asAdmin(post("/api/users"), newAccount(admin, "role", "ADMIN"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.role").value("ADMIN"))
                .andExpect(jsonPath("$.territories").isEmpty())
                .andExpect(jsonPath("$.buyerCode").doesNotExist());
    }

    static Stream<Arguments> refusals() {
        String tooLong = "a".repeat(UserAccountService.MAX_USERNAME_LENGTH + 1);
        return Stream.of(
                Arguments.of(new Object[] {"username", "ab"}, "username", "3 à 64 caractères parmi a-z 0-9 . _ -"),
                Arguments.of(new Object[] {"username", "jean dupont"}, "username", "3 à 64 caractères"),
                Arguments.of(new Object[] {"username", "élodie"}, "username", "3 à 64 caractères"),
                Arguments.of(new Object[] {"username", tooLong}, "username", "3 à 64 caractères"),
                Arguments.of(new Object[] {"username", " "}, "username", "l'identifiant est obligatoire"),
                Arguments.of(new Object[] {"displayName", "  "}, "displayName", "le nom affiché est obligatoire"),
                Arguments.of(new Object[] {"role", null}, "role", "le rôle est obligatoire"),
                Arguments.of(new Object[] {"territories", List.of()}, "territories", "au moins un territoire"),
                Arguments.of(new Object[] {"territories", List.of("21", "zz", "999")}, "territories",
                        "territoires inconnus : 999, zz"),
                Arguments.of(new Object[] {"role", "BUYER"}, "buyerCode", "rattaché à un acheteur"),
                Arguments.of(new Object[] {"role", "BUYER", "buyerCode", "Inconnu"}, "buyerCode", "acheteur inconnu : Inconnu"),
                Arguments.of(new Object[] {"password", "court-11car", "passwordConfirmation", "court-11car"}, "password",
                        "au moins 12 caractères"),
                Arguments.of(new Object[] {"password", "x".repeat(129), "passwordConfirmation", "x".repeat(129)}, "password",
                        "au plus 128 caractères"),
                Arguments.of(new Object[] {"password", null}, "password", "le mot de passe est obligatoire"),
                Arguments.of(new Object[] {"passwordConfirmation", PASSWORD + "!"}, "passwordConfirmation",
                        "les deux saisies du mot de passe diffèrent"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void refusesEachRuleOnItsFieldAndWritesNothing(Object[] overrides, String field, String message) throws Exception {
        String username = AccountFixtures.uniqueName();
        Map<String, Object> body = newAccount(username, overrides);
        JsonNode problem = read(asAdmin(post("/api/users"), body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://clausematch.fr/problemes/validation")));
        assertThat(problem.get("errors")).anySatisfy(error -> {
            assertThat(error.get("field").asText()).isEqualTo(field);
            assertThat(error.get("message").asText()).contains(message);
        });
        assertThat(problem.get("errors")).hasSize(1);
        String written = String.valueOf(body.get("username")).strip().toLowerCase();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM app_user WHERE username IN (?, ?)", Integer.class, username, written))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event", Integer.class)).isZero();
    }

    @Test
    void passwordEqualToTheUsernameIsRefused() throws Exception {
        String username = "t-meme-que-le-nom";
        String password = username.toUpperCase();
        asAdmin(post("/api/users"), newAccount(username, "password", password, "passwordConfirmation", password))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"))
                .andExpect(jsonPath("$.errors[0].message").value("le mot de passe ne doit pas être l'identifiant"));
    }

    @Test
    void everyRefusedFieldIsListedAtOnce() throws Exception {
        asAdmin(post("/api/users"), Map.of("username", "x", "role", "FACILITATOR", "password", "court"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "username", "displayName", "territories", "password", "passwordConfirmation")));
    }

    @Test
    void aTakenUsernameIsAConflictWhateverItsCase() throws Exception {
        String username = AccountFixtures.uniqueName();
        asAdmin(post("/api/users"), newAccount(username)).andExpect(status().isCreated());
        asAdmin(post("/api/users"), newAccount(" " + username.toUpperCase() + " "))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("l'identifiant " + username + " est déjà pris : choisissez-en un autre"));
        asAdmin(post("/api/users"), newAccount("admin")).andExpect(status().isConflict());
    }

    @Test
    void updateChangesRoleScopeAndStateOnTheVersionRead() throws Exception {
        jdbc.update("INSERT INTO buyer (code, name) VALUES ('Ville de Dijon', 'Ville de Dijon')");
        AccountView account = AccountFixtures.create(accounts, Role.FACILITATOR, List.of("21"), null);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("displayName", "Service achats Dijon");
        change.put("role", "BUYER");
        change.put("territories", List.of("21"));
        change.put("buyerCode", "Ville de Dijon");
        change.put("enabled", false);
        change.put("version", account.version());
        asAdmin(put("/api/users/" + account.username()), change)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Service achats Dijon"))
                .andExpect(jsonPath("$.role").value("BUYER"))
                .andExpect(jsonPath("$.territories").isEmpty())
                .andExpect(jsonPath("$.buyerCode").value("Ville de Dijon"))
                .andExpect(jsonPath("$.enabled").value(false))
                .andExpect(jsonPath("$.version").value(account.version() + 1));
        change.put("displayName", "Écrasé ?");
        asAdmin(put("/api/users/" + account.username()), change)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("modifié entre-temps")));
        assertThat(accounts.get(account.username()).displayName()).isEqualTo("Service achats Dijon");
        asAdmin(put("/api/users/inconnu-" + account.username()), change).andExpect(status().isNotFound());
    }

    @Test
    void anAccountKeepsItsOwnCodesWhenTheDatabaseNoLongerHoldsThem() throws Exception {
        jdbc.update("INSERT INTO buyer (code, name) VALUES ('Éphémère', 'Éphémère')");
        AccountView account = AccountFixtures.create(accounts, Role.BUYER, List.of(), "Éphémère");
        jdbc.update("DELETE FROM buyer");
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("displayName", "Nouveau nom");
        change.put("role", "BUYER");
        change.put("buyerCode", "Éphémère");
        change.put("version", account.version());
        asAdmin(put("/api/users/" + account.username()), change).andExpect(status().isOk());
    }

    @Test
    void aResetPasswordSignsInAndTheOldOneNoLonger() throws Exception {
        AccountView account = AccountFixtures.create(accounts, Role.FACILITATOR, List.of("21"), null);
        MockMvc signIn = AccountFixtures.signInMvc(context);
        assertThat(AccountFixtures.signInStatus(signIn, account.username(), PASSWORD)).isEqualTo(200);

        asAdmin(post("/api/users/" + account.username() + "/password"),
                Map.of("password", "nouveau mot de passe", "passwordConfirmation", "nouveau mot de passe"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(account.username()));
        assertThat(AccountFixtures.signInStatus(signIn, account.username(), PASSWORD)).isEqualTo(401);
        assertThat(AccountFixtures.signInStatus(signIn, account.username(), "nouveau mot de passe")).isEqualTo(200);

        asAdmin(post("/api/users/" + account.username() + "/password"),
                Map.of("password", "encore un autre", "passwordConfirmation", "encore un autre ?"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("passwordConfirmation"));
        assertThat(AccountFixtures.signInStatus(signIn, account.username(), "nouveau mot de passe")).isEqualTo(200);
    }

    @Test
    void unlockLiftsALockAndAPasswordResetToo() throws Exception {
        AccountView account = AccountFixtures.create(accounts, Role.FACILITATOR, List.of("25"), null);
        MockMvc signIn = AccountFixtures.signInMvc(context);
        AccountFixtures.lock(jdbc, account.username());
        assertThat(AccountFixtures.signInStatus(signIn, account.username(), PASSWORD)).isEqualTo(401);
        asAdmin(get("/api/users/" + account.username()), null)
                .andExpect(jsonPath("$.locked").value(true))
                .andExpect(jsonPath("$.lockedUntil").isNotEmpty());

        asAdmin(post("/api/users/" + account.username() + "/unlock"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.locked").value(false))
                .andExpect(jsonPath("$.lockedUntil").doesNotExist());
        assertThat(jdbc.queryForObject("SELECT sum(failures) FROM login_failure WHERE username = ?", Integer.class,
                account.username())).isZero();
        assertThat(AccountFixtures.signInStatus(signIn, account.username(), PASSWORD)).isEqualTo(200);

        AccountFixtures.lock(jdbc, account.username());
        accounts.resetPassword(account.username(), new PasswordReset("troisième essai", "troisième essai"), "admin.test");
        assertThat(AccountFixtures.signInStatus(signIn, account.username(), "troisième essai")).isEqualTo(200);
    }

    @Test
    void theLastEnabledAdministratorCanBeNeitherDemotedNorDisabled() throws Exception {
        AccountView last = AccountFixtures.create(accounts, Role.ADMIN, List.of(), null);
        List<Long> others = AccountFixtures.disableAdministratorsBut(jdbc, last.username());
        try {
            SignedInUser self = new SignedInUser(last.username(), last.displayName(), Role.ADMIN, Set.of(), null,
                    true, false, "");
            Map<String, Object> demote = new LinkedHashMap<>();
            demote.put("displayName", last.displayName());
            demote.put("role", "FACILITATOR");
            demote.put("territories", List.of("21"));
            demote.put("version", last.version());
            mvc.perform(put("/api/users/" + last.username()).with(TestUsers.as(self))
                            .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsBytes(demote)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("role"))
                    .andExpect(jsonPath("$.errors[0].message").value(containsString("dernier compte administrateur actif")));
            Map<String, Object> disable = new LinkedHashMap<>(demote);
            disable.put("role", "ADMIN");
            disable.put("enabled", false);
            asAdmin(put("/api/users/" + last.username()), disable)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("enabled"));
            assertThat(accounts.get(last.username())).satisfies(view -> {
                assertThat(view.role()).isEqualTo(Role.ADMIN);
                assertThat(view.enabled()).isTrue();
            });

            AccountFixtures.enable(jdbc, others.subList(0, 1));
            asAdmin(put("/api/users/" + last.username()), disable).andExpect(status().isOk());
        } finally {
            AccountFixtures.enable(jdbc, others);
        }
    }

    @Test
    void onlyAdministratorsReachTheApi() throws Exception {
        mvc.perform(get("/api/users")).andExpect(status().isForbidden());
        mvc.perform(post("/api/users").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsBytes(newAccount(AccountFixtures.uniqueName()))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/users/admin/password").with(TestUsers.as(TestUsers.buyerOf("Habitat 21")))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"x\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/users/admin/unlock").with(TestUsers.as(TestUsers.facilitatorOf("21"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyChangeIsAuditedWithoutThePassword() throws Exception {
        String username = AccountFixtures.uniqueName();
        asAdmin(post("/api/users"), newAccount(username)).andExpect(status().isCreated());
        AccountView account = accounts.get(username);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("displayName", "Camille Martin");
        change.put("role", "FACILITATOR");
        change.put("territories", List.of("21"));
        change.put("enabled", false);
        change.put("version", account.version());
        asAdmin(put("/api/users/" + username), change).andExpect(status().isOk());
        asAdmin(post("/api/users/" + username + "/password"),
                Map.of("password", "secret-tout-neuf", "passwordConfirmation", "secret-tout-neuf")).andExpect(status().isOk());
        asAdmin(post("/api/users/" + username + "/unlock"), null).andExpect(status().isOk());

        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT actor, action, detail FROM audit_event WHERE subject_type = 'ACCOUNT' AND subject_id = ? ORDER BY id",
                username);
        assertThat(rows).extracting(row -> row.get("action")).containsExactly("CREATE", "UPDATE", "UPDATE", "UPDATE");
        assertThat(rows).extracting(row -> row.get("actor")).containsOnly("admin.test");
        assertThat(rows).extracting(row -> row.get("detail")).containsExactly(
                "rôle FACILITATOR, territoires 21, 25", "rôle FACILITATOR, territoire 21, désactivé",
                "mot de passe réinitialisé", "compte débloqué");
        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = ?", String.class, username);
        assertThat(jdbc.queryForList("SELECT detail FROM audit_event", String.class))
                .noneMatch(detail -> detail != null && (detail.contains(PASSWORD) || detail.contains("secret-tout-neuf")
                        || detail.contains(hash) || detail.contains("argon2")));
    }
}
