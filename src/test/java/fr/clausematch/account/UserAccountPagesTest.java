package fr.clausematch.account;

import fr.clausematch.security.Role;

import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static fr.clausematch.account.AccountFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class UserAccountPagesTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserAccountService accounts;
    @Autowired WebApplicationContext context;
    @Autowired Clock clock;

    private ResultActions asAdmin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(TestUsers.as(TestUsers.admin())));
    }

    /** The page's text as a reader sees it (entities decoded). */
    private static String text(ResultActions result) throws Exception {
        return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    void theListShowsRoleScopeStateAndLastSignIn() throws Exception {
        AccountView facilitator = AccountFixtures.create(accounts, Role.FACILITATOR, List.of("21", "25"), null);
        AccountView locked = AccountFixtures.create(accounts, Role.FACILITATOR, List.of("70"), null);
        AccountView disabled = AccountFixtures.create(accounts, Role.ADMIN, List.of(), null);
        AccountFixtures.lock(jdbc, locked.username());
        jdbc.update("UPDATE app_user SET enabled = false WHERE username = ?", disabled.username());
        Instant until = jdbc.queryForObject("SELECT blocked_until FROM login_failure WHERE username = ?",
                java.sql.Timestamp.class, locked.username()).toInstant();

        assertThat(AccountFixtures.signInStatus(AccountFixtures.signInMvc(context), facilitator.username(), PASSWORD))
                .isEqualTo(200);
        Instant signedIn = jdbc.queryForObject("SELECT last_login_at FROM app_user WHERE username = ?",
                java.sql.Timestamp.class, facilitator.username()).toInstant();

        String page = text(asAdmin(get("/admin/utilisateurs")).andExpect(status().isOk()));
        assertThat(page).contains("Comptes", "Nouveau compte", "href=\"/admin/nouveau-compte\"",
                "href=\"/admin/utilisateurs/" + facilitator.username() + "\"", "Compte " + facilitator.username(),
                "21, 25", "tous les territoires (chiffres seulement)", "Facilitateur", "Administrateur",
                "connexion freinée jusqu'à " + DateTimeFormatter.ofPattern("HH:mm").format(until.atZone(clock.getZone())),
                "désactivé", "actif", "jamais", "aria-current=\"page\"",
                DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").format(signedIn.atZone(clock.getZone())));
        assertThat(text(asAdmin(get("/admin/utilisateurs").param("lang", "en"))))
                .contains("Accounts", "New account", "Last sign-in", "sign-in slowed down until");
    }

    @Test
    void aNewAccountIsCreatedFromTheForm() throws Exception {
        jdbc.update("INSERT INTO territory (code, name, kind) VALUES ('21', 'Côte-d''Or', 'DEPARTEMENT')");
        jdbc.update("INSERT INTO buyer (code, name) VALUES ('Habitat 21', 'Habitat Côte-d''Or')");
        String form = text(asAdmin(get("/admin/nouveau-compte")).andExpect(status().isOk()));
        assertThat(form).contains("<label for=\"username\">Identifiant</label>", "type=\"radio\"", "name=\"role\"",
                "value=\"FACILITATOR\"", "type=\"checkbox\"", "name=\"territories\"", "Côte-d'Or (21)",
                "<label for=\"otherTerritories\">", "<select id=\"buyerCode\" name=\"buyerCode\"",
                "Habitat Côte-d'Or (Habitat 21)", "type=\"password\"", "autocomplete=\"new-password\"",
                "name=\"_csrf\"", "Créer le compte");

        String username = AccountFixtures.uniqueName();
        asAdmin(post("/admin/utilisateurs").param("username", username).param("displayName", " Camille ")
                        .param("role", "FACILITATOR").param("territories", "21").param("otherTerritories", "70, 90")
                        .param("password", PASSWORD).param("passwordConfirmation", PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/utilisateurs"))
                .andExpect(flash().attribute("saved", "created"));
        assertThat(accounts.get(username)).satisfies(account -> {
            assertThat(account.displayName()).isEqualTo("Camille");
            assertThat(account.territories()).containsExactly("21", "70", "90");
        });
        assertThat(AccountFixtures.signInStatus(AccountFixtures.signInMvc(context), username, PASSWORD)).isEqualTo(200);
    }

    @Test
    void aRefusedFormComesBackWithEachErrorNextToItsFieldAndNoPassword() throws Exception {
        String page = text(asAdmin(post("/admin/utilisateurs").param("username", "Jean Dupont").param("displayName", "")
                        .param("role", "BUYER").param("password", "pas-assez").param("passwordConfirmation", "autre chose"))
                .andExpect(status().isBadRequest()));
        assertThat(page).contains("5 champs à corriger",
                "id=\"username-error\">l'identifiant compte 3 à 64 caractères",
                "id=\"displayName-error\">le nom affiché est obligatoire",
                "id=\"buyerCode-error\">un compte acheteur est rattaché à un acheteur",
                "id=\"password-error\">le mot de passe compte au moins 12 caractères",
                "id=\"passwordConfirmation-error\">les deux saisies du mot de passe diffèrent",
                "aria-invalid=\"true\"", "value=\"Jean Dupont\"");
        assertThat(page).doesNotContain("pas-assez", "autre chose");

        String facilitator = text(asAdmin(post("/admin/utilisateurs").param("username", AccountFixtures.uniqueName())
                        .param("displayName", "X").param("role", "FACILITATOR").param("otherTerritories", "21, zz")
                        .param("password", PASSWORD).param("passwordConfirmation", PASSWORD))
                .andExpect(status().isBadRequest()));
        assertThat(facilitator).contains("id=\"territories-error\">territoire inconnu : zz", "value=\"21, zz\"");
    }

    @Test
    void aTakenUsernameIsShownNextToItsFieldWithAConflictStatus() throws Exception {
        AccountView existing = AccountFixtures.create(accounts, Role.ADMIN, List.of(), null);
        String page = text(asAdmin(post("/admin/utilisateurs").param("username", existing.username().toUpperCase())
                        .param("displayName", "Doublon").param("role", "ADMIN")
                        .param("password", PASSWORD).param("passwordConfirmation", PASSWORD))
                .andExpect(status().isConflict()));
        assertThat(page).contains("id=\"username-error\">l'identifiant " + existing.username() + " est déjà pris");
    }

    @Test
    void theEditFormChangesRoleScopeAndStateAndRefusesAStaleVersion() throws Exception {
        jdbc.update("INSERT INTO territory (code, name, kind) VALUES ('25', 'Doubs', 'DEPARTEMENT')");
        AccountView account = AccountFixtures.create(accounts, Role.FACILITATOR, List.of("25", "70"), null);
        String form = text(asAdmin(get("/admin/utilisateurs/" + account.username())).andExpect(status().isOk()));
        assertThat(form).contains("Compte " + account.username(), "name=\"version\" value=\"" + account.version() + "\"",
                "value=\"25\" id=\"territories1\" name=\"territories\" checked=\"checked\"",
                "id=\"otherTerritories\" name=\"otherTerritories\" value=\"70\"", "name=\"enabled\"", "Réinitialiser le mot de passe",
                "action=\"/admin/utilisateurs/" + account.username() + "/mot-de-passe\"")
                .doesNotContain("Débloquer le compte");

        asAdmin(post("/admin/utilisateurs/" + account.username()).param("displayName", "Karim")
                        .param("role", "FACILITATOR").param("territories", "25").param("otherTerritories", "")
                        .param("_enabled", "on").param("version", Long.toString(account.version())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/utilisateurs"))
                .andExpect(flash().attribute("saved", "updated"));
        AccountView changed = accounts.get(account.username());
        assertThat(changed.territories()).containsExactly("25");
        assertThat(changed.enabled()).isFalse();
        assertThat(changed.displayName()).isEqualTo("Karim");

        String stale = text(asAdmin(post("/admin/utilisateurs/" + account.username()).param("displayName", "Écrasé")
                        .param("role", "ADMIN").param("enabled", "true").param("version", Long.toString(account.version())))
                .andExpect(status().isConflict()));
        assertThat(stale).contains("class=\"global-error\">Le compte " + account.username() + " a été modifié entre-temps (votre version "
                + account.version() + ", version actuelle " + changed.version() + ")", "value=\"Écrasé\"");
        assertThat(accounts.get(account.username()).role()).isEqualTo(Role.FACILITATOR);
    }

    @Test
    void thePasswordIsResetFromTheAccountPage() throws Exception {
        AccountView account = AccountFixtures.create(accounts, Role.FACILITATOR, List.of("21"), null);
        String refused = text(asAdmin(post("/admin/utilisateurs/" + account.username() + "/mot-de-passe")
                        .param("password", account.username()).param("passwordConfirmation", account.username()))
                .andExpect(status().isBadRequest()));
        assertThat(refused).contains("id=\"password-error\">le mot de passe", "name=\"displayName\"");

        asAdmin(post("/admin/utilisateurs/" + account.username() + "/mot-de-passe")
                        .param("password", "un tout nouveau").param("passwordConfirmation", "un tout nouveau"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/utilisateurs/" + account.username()))
                .andExpect(flash().attribute("saved", "password"));
        assertThat(AccountFixtures.signInStatus(AccountFixtures.signInMvc(context), account.username(), "un tout nouveau"))
                .isEqualTo(200);
        assertThat(text(asAdmin(get("/admin/utilisateurs/" + account.username()).flashAttr("saved", "password")
                .flashAttr("savedAccount", account.username()))))
                .contains("Mot de passe du compte " + account.username() + " réinitialisé");
    }

    @Test
    void aLockedAccountIsUnlockedWithItsButton() throws Exception {
        AccountView account = AccountFixtures.create(accounts, Role.FACILITATOR, List.of("21"), null);
        AccountFixtures.lock(jdbc, account.username());
        assertThat(text(asAdmin(get("/admin/utilisateurs/" + account.username()))))
                .contains("Débloquer le compte", "action=\"/admin/utilisateurs/" + account.username() + "/deblocage\"",
                        "doivent attendre jusqu'à");
        asAdmin(post("/admin/utilisateurs/" + account.username() + "/deblocage"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/utilisateurs/" + account.username()))
                .andExpect(flash().attribute("saved", "unlocked"));
        assertThat(accounts.get(account.username()).locked()).isFalse();
    }

    @Test
    void theLastAdministratorCannotBeDemotedFromThePage() throws Exception {
        AccountView last = AccountFixtures.create(accounts, Role.ADMIN, List.of(), null);
        List<Long> others = AccountFixtures.disableAdministratorsBut(jdbc, last.username());
        try {
            String page = text(asAdmin(post("/admin/utilisateurs/" + last.username()).param("displayName", "Moi")
                            .param("role", "BUYER").param("buyerCode", "").param("_enabled", "on")
                            .param("version", Long.toString(last.version())))
                    .andExpect(status().isBadRequest()));
            assertThat(page).contains("id=\"role-error\">c'est le dernier compte administrateur actif",
                    "id=\"buyerCode-error\">");
            String disabling = text(asAdmin(post("/admin/utilisateurs/" + last.username()).param("displayName", "Moi")
                            .param("role", "ADMIN").param("_enabled", "on").param("version", Long.toString(last.version())))
                    .andExpect(status().isBadRequest()));
            assertThat(disabling).contains("id=\"enabled-error\">c'est le dernier compte administrateur actif");
        } finally {
            AccountFixtures.enable(jdbc, others);
        }
        assertThat(accounts.get(last.username()).enabled()).isTrue();
    }

    @Test
    void onlyAdministratorsReachThePages() throws Exception {
        AccountView account = AccountFixtures.create(accounts, Role.FACILITATOR, List.of("21"), null);
        mvc.perform(get("/admin/utilisateurs")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/nouveau-compte").with(TestUsers.as(TestUsers.buyerOf("Habitat 21"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/utilisateurs/" + account.username() + "/mot-de-passe")
                        .param("password", "pris par un intrus").param("passwordConfirmation", "pris par un intrus"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/utilisateurs/" + account.username() + "/deblocage")).andExpect(status().isForbidden());
        assertThat(AccountFixtures.signInStatus(AccountFixtures.signInMvc(context), account.username(), PASSWORD))
                .isEqualTo(200);
        asAdmin(get("/admin/utilisateurs/inconnu-" + account.username())).andExpect(status().isNotFound())
                .andExpect(content().string(allOf(containsString("introuvable"), not(containsString("Exception")))));
    }
}
