package fr.clausematch.account;

import fr.clausematch.security.SignedInUser;
import fr.clausematch.security.Role;

import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages of personal access tokens: one's own at /compte/jetons, any account's for administrators. */
@IntegrationTest
class AccessTokenPagesTest {

    private static final Pattern SECRET = Pattern.compile("id=\"nouveau-jeton\">(cm_[A-Za-z0-9_-]{43})<");

    @Autowired MockMvc mvc;
    @Autowired UserAccountService accounts;
    @Autowired JdbcTemplate jdbc;

    AccountView account;
    SignedInUser owner;

    @BeforeEach
    void account() {
        account = AccountFixtures.create(accounts, Role.FACILITATOR, List.of("25"), null);
        owner = new SignedInUser(account.username(), account.displayName(), Role.FACILITATOR, Set.of("25"), null, true, false, "");
    }

    @Test
    void theOwnerCreatesATokenSeesItOnceAndRevokesIt() throws Exception {
        String empty = page(mvc.perform(get("/compte/jetons").with(TestUsers.as(owner))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(empty).contains("Mes jetons d'accès à l'API", "Aucun jeton", "type=\"date\"", "Jetons d'API");

        String created = page(mvc.perform(post("/compte/jetons").with(TestUsers.as(owner)).param("name", "tableur"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        Matcher secret = SECRET.matcher(created);
        assertThat(secret.find()).isTrue();
        assertThat(created).contains("Jeton « tableur » créé", "il ne sera plus jamais affiché", "1 jeton");
        assertThat(jdbc.queryForObject("SELECT token_hash FROM access_token", String.class))
                .isEqualTo(AccessTokenService.hash(secret.group(1)));

        String again = page(mvc.perform(get("/compte/jetons").with(TestUsers.as(owner))).andReturn().getResponse().getContentAsString());
        assertThat(again).contains("tableur", secret.group(1).substring(0, 11) + "…").doesNotContain(secret.group(1));

        long id = jdbc.queryForObject("SELECT id FROM access_token", Long.class);
        mvc.perform(post("/compte/jetons/" + id + "/revocation").with(TestUsers.as(owner)))
                .andExpect(redirectedUrl("/compte/jetons"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM access_token", Integer.class)).isZero();
    }

    @Test
    void aRefusedTokenIsExplainedNextToItsField() throws Exception {
        String page = page(mvc.perform(post("/compte/jetons").with(TestUsers.as(owner)).param("name", "")
                .param("expiresOn", "2001-01-01")).andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains("2 champs à corriger", "le nom du jeton est obligatoire", "le jeton expire entre demain et le");
    }

    @Test
    void administratorsManageAnAccountsTokensOthersCannot() throws Exception {
        String base = "/admin/utilisateurs/" + account.username();
        assertThat(page(mvc.perform(get(base).with(TestUsers.as(TestUsers.admin()))).andReturn().getResponse().getContentAsString()))
                .contains("href=\"" + base + "/jetons\"");
        mvc.perform(post(base + "/jetons").with(TestUsers.as(TestUsers.admin())).param("name", "par l'admin"))
                .andExpect(status().isCreated());
        long id = jdbc.queryForObject("SELECT id FROM access_token", Long.class);
        assertThat(page(mvc.perform(get(base + "/jetons").with(TestUsers.as(TestUsers.admin()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())).contains("Jetons d'accès du compte " + account.username(),
                "par l'admin", "(admin.test)");

        mvc.perform(get(base + "/jetons").with(TestUsers.as(owner))).andExpect(status().isForbidden());
        AccountView other = AccountFixtures.create(accounts, Role.FACILITATOR, List.of("21"), null);
        SignedInUser stranger = new SignedInUser(other.username(), "Autre", Role.FACILITATOR, Set.of("21"), null, true, false, "");
        mvc.perform(post("/compte/jetons/" + id + "/revocation").with(TestUsers.as(stranger))).andExpect(status().isNotFound());

        mvc.perform(post(base + "/jetons/" + id + "/revocation").with(TestUsers.as(TestUsers.admin())))
                .andExpect(redirectedUrl(base + "/jetons"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM access_token", Integer.class)).isZero();
    }

    private static String page(String html) {
        return HtmlUtils.htmlUnescape(html);
    }
}
