package fr.clausematch.account;

import fr.clausematch.security.Role;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.clausematch.dataset.DatasetReader;
import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static fr.clausematch.account.AccountFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Personal access tokens on the API: created, used with {@code Authorization: Bearer}, refused, revoked. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AccessTokenApiTest {

    @Autowired WebApplicationContext context;
    @Autowired UserAccountService accounts;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired DatasetImporter importer;
    @Autowired Clock clock;

    MockMvc mvc;
    AccountView of21;
    AccountView admin;

    @BeforeEach
    void accounts() {
        mvc = AccountFixtures.signInMvc(context);
        of21 = AccountFixtures.create(accounts, Role.FACILITATOR, List.of("21"), null);
        admin = AccountFixtures.create(accounts, Role.ADMIN, List.of(), null);
    }

    @Test
    void aTokenIsShownOnceStoredAsAHashAndSignsInWithTheOwnersScope(CapturedOutput output) throws Exception {
        importer.importDataset(new DatasetReader().read(Path.of("sample-data", "tiny")), "21", "test");
        AccountView of25 = AccountFixtures.create(accounts, Role.FACILITATOR, List.of("25"), null);
        JsonNode created = create(of21.username(), "export nocturne", null);
        String secret = created.get("secret").asText();
        assertThat(secret).startsWith("cm_").hasSize(46);
        assertThat(created.at("/token/prefix").asText()).isEqualTo(secret.substring(0, 11));
        assertThat(Instant.parse(created.at("/token/expiresAt").asText()))
                .isEqualTo(LocalDate.now(clock).plusDays(91).atStartOfDay(clock.getZone()).toInstant()); // 90 days included
        assertThat(jdbc.queryForObject("SELECT token_hash FROM access_token", String.class))
                .isEqualTo(AccessTokenService.hash(secret)).doesNotContain(secret);

        bearer(get("/api/candidates/T-P01"), secret).andExpect(status().isOk());
        String other = create(of25.username(), "autre", null).get("secret").asText();
        bearer(get("/api/candidates/T-P01"), other).andExpect(status().isNotFound());
        bearer(get("/api/candidates"), other).andExpect(jsonPath("$.page.totalElements").value(1)); // the sample's one of 25
        bearer(get("/api/candidates"), secret).andExpect(jsonPath("$.page.totalElements").value(19));
        bearer(get("/api/audit"), secret).andExpect(status().isForbidden());

        basic(get("/api/tokens"), of21.username()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].name").value("export nocturne"))
                .andExpect(jsonPath("$[0].lastUsedAt").isNotEmpty())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(secret))));
        assertThat(output.getAll()).doesNotContain(secret).doesNotContain(secret.substring(11));
    }

    @Test
    void unknownExpiredAndRevokedTokensAre401ProblemDetails() throws Exception {
        String secret = create(of21.username(), "script", null).get("secret").asText();
        bearer(get("/api/territories"), "cm_inconnu").andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Authentification requise"))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("invalid_token")));
        bearer(get("/api/territories"), "pas-un-jeton").andExpect(status().isUnauthorized());

        jdbc.update("UPDATE access_token SET expires_at = now() - interval '1 second'");
        bearer(get("/api/territories"), secret).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        String second = create(of21.username(), "second", null).get("secret").asText();
        bearer(get("/api/territories"), second).andExpect(status().isOk());
        long id = jdbc.queryForObject("SELECT id FROM access_token WHERE name = 'second'", Long.class);
        basic(delete("/api/tokens/" + id), of21.username()).andExpect(status().isNoContent());
        bearer(get("/api/territories"), second).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void aDisabledAccountOrAChangedRoleAppliesAtTheNextRequest() throws Exception {
        String secret = create(of21.username(), "script", null).get("secret").asText();
        bearer(get("/api/candidates"), secret).andExpect(status().isOk());
        jdbc.update("UPDATE app_user SET role = 'BUYER', buyer_code = 'X' WHERE username = ?", of21.username());
        bearer(get("/api/candidates"), secret).andExpect(status().isForbidden());
        jdbc.update("UPDATE app_user SET enabled = false WHERE username = ?", of21.username());
        bearer(get("/api/territories"), secret).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anOwnerCannotRevokeAnothersTokenAnAdministratorCanAndBothAreAudited() throws Exception {
        AccountView other = AccountFixtures.create(accounts, Role.FACILITATOR, List.of("25"), null);
        String secret = create(other.username(), "à elle", null).get("secret").asText();
        long id = jdbc.queryForObject("SELECT id FROM access_token", Long.class);

        basic(delete("/api/tokens/" + id), of21.username()).andExpect(status().isNotFound());
        basic(get("/api/users/" + other.username() + "/tokens"), of21.username()).andExpect(status().isForbidden());
        bearer(get("/api/territories"), secret).andExpect(status().isOk());

        basic(get("/api/users/" + other.username() + "/tokens"), admin.username()).andExpect(jsonPath("$[0].id").value(id));
        basic(delete("/api/users/" + of21.username() + "/tokens/" + id), admin.username()).andExpect(status().isNotFound());
        basic(delete("/api/users/" + other.username() + "/tokens/" + id), admin.username()).andExpect(status().isNoContent());
        bearer(get("/api/territories"), secret).andExpect(status().isUnauthorized());

        String made = basic(post("/api/users/" + other.username() + "/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"par l'admin\"}"), admin.username()).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        bearer(get("/api/territories"), json.readTree(made).get("secret").asText()).andExpect(status().isOk());

        List<String> audit = jdbc.queryForList("SELECT actor || ' ' || action || ' ' || detail FROM audit_event "
                + "WHERE subject_type = 'ACCESS_TOKEN' ORDER BY id", String.class);
        assertThat(audit).hasSize(3);
        assertThat(audit.get(0)).startsWith(other.username() + " CREATE jeton « à elle » (cm_");
        assertThat(audit.get(1)).startsWith(admin.username() + " DELETE jeton « à elle »").endsWith("révoqué");
        assertThat(audit.get(2)).startsWith(admin.username() + " CREATE jeton « par l'admin »");
        assertThat(String.join(" ", audit)).doesNotContain(secret.substring(11));
    }

    @Test
    void aTokenHasANameAndAnExpiryOfAtMostAYearAndCannotMakeAnotherToken() throws Exception {
        basic(post("/api/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\" \",\"expiresOn\":\"" + LocalDate.now(clock).plusYears(2) + "\"}"), of21.username())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[1].field").value("expiresOn"));
        JsonNode created = create(of21.username(), "court", LocalDate.now(clock).plusDays(7));
        assertThat(Instant.parse(created.at("/token/expiresAt").asText()))
                .isEqualTo(LocalDate.now(clock).plusDays(8).atStartOfDay(clock.getZone()).toInstant());
        bearer(post("/api/tokens").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"plus long\"}"),
                created.get("secret").asText()).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM access_token", Integer.class)).isEqualTo(1);
    }

    private JsonNode create(String username, String name, LocalDate expiresOn) throws Exception {
        String body = "{\"name\":\"" + name + "\"" + (expiresOn == null ? "" : ",\"expiresOn\":\"" + expiresOn + "\"") + "}";
        return json.readTree(basic(post("/api/tokens").contentType(MediaType.APPLICATION_JSON).content(body), username)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private ResultActions basic(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(httpBasic(username, PASSWORD)));
    }

    private ResultActions bearer(MockHttpServletRequestBuilder request, String secret) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + secret));
    }
}
