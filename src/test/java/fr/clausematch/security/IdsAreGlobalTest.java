package fr.clausematch.security;

import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import static fr.clausematch.security.ScopeFixtures.contract;
import static fr.clausematch.security.ScopeFixtures.form;
import static fr.clausematch.security.ScopeFixtures.json;
import static fr.clausematch.security.ScopeFixtures.person;
import static fr.clausematch.security.ScopeFixtures.personForm;
import static fr.clausematch.security.ScopeFixtures.slot;
import static fr.clausematch.security.ScopeFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;

/**
 * Identifiers are global: an id held in another territory is refused as « déjà pris », as it must be, but the
 * answer is the very same as for an id of one's own territory (status and words, the id aside) and names
 * nothing of the other record. A slot of another contract is « introuvable » exactly like a missing one.
 * Data: territory 21 (T-P01, T-C1, T-S01) and 25 (T-P12, X-C25, X-S25); a facilitator of 21 asks.
 */
@IntegrationTest
class IdsAreGlobalTest {

    /** What the facilitator of 21 must never read of 25's records. */
    private static final List<String> OF_25 = List.of("\"territory\":\"25\"", "Doubs", "Besançon", "Vaîtes",
            "Habitat bisontin", "1987");
    /** A page's CSRF token is masked afresh at each rendering: not part of the answer compared. */
    private static final String CSRF_VALUE = "name=\"_csrf\" value=\"[^\"]*\"";

    @Autowired MockMvc mvc;
    @Autowired DatasetImporter importer;

    @BeforeEach
    void data() {
        ScopeFixtures.loadTwoTerritories(importer);
    }

    @Test
    void aPersonsIdOfAnotherTerritoryIsRefusedInTheSameWordsAsOneOfOnesOwn() throws Exception {
        sameAnswer(id -> json("POST", "/api/candidates", person(id, "21", null)), "T-P01", "T-P12", 409);
        sameAnswer(id -> form("/candidats", personForm(id, "21", "0")), "T-P01", "T-P12", 400);
        sameAnswer(id -> upload("/api/imports", id, "21"), "T-P01", "T-P12", 422);
        sameAnswer(id -> upload("/import", id, "21"), "T-P01", "T-P12", 422);
        assertThat(answer(json("POST", "/api/candidates", person("T-P01", "21", null)))).contains("déjà pris");
    }

    @Test
    void creatingInAnotherTerritoryIsRefusedForTheTerritoryWhateverTheId() throws Exception {
        sameAnswer(id -> json("POST", "/api/candidates", person(id, "25", null)), "T-P12", "NEW-P", 403);
        sameAnswer(id -> json("POST", "/api/contracts", contract(id, "25", "Habitat bisontin", null)), "X-C25", "NEW-C", 403);
    }

    @Test
    void contractAndSlotIdsOfAnotherTerritoryAreRefusedInTheSameWordsAsOnesOwn() throws Exception {
        sameAnswer(id -> json("POST", "/api/contracts", contract(id, "21", "Ville de Dijon", null)), "T-C1", "X-C25", 409);
        sameAnswer(id -> json("POST", "/api/contracts", contract("N-1", "21", "Ville de Dijon", null)
                .replace("\"N-1-S1\"", "\"" + id + "\"")), "T-S01", "X-S25", 409);
        sameAnswer(id -> json("POST", "/api/contracts/T-C1/slots", slot(id, null)), "T-S01", "X-S25", 409);
        assertThat(answer(json("POST", "/api/contracts/T-C1/slots", slot("X-S25", null))))
                .contains("les identifiants valent pour toute la base");
    }

    @Test
    void aSlotOfAnotherContractIsNotFoundLikeAMissingOne() throws Exception {
        sameAnswer(id -> json("PUT", "/api/contracts/T-C1/slots/" + id, slot(id, 0)), "X-S25", "NO-SUCH-SLOT", 404);
        sameAnswer(id -> delete("/api/contracts/T-C1/slots/" + id + "?version=0"),
                "X-S25", "NO-SUCH-SLOT", 404);
        sameAnswer(id -> json("PUT", "/api/contracts/T-C1/slots/" + id, slot(id, 0)), "T-S02", "NO-SUCH-SLOT", 404);
    }

    /** Both ids get this status and the same body once each id is replaced by a mark; neither names 25's records. */
    private void sameAnswer(Function<String, MockHttpServletRequestBuilder> request, String first, String second,
                            int status) throws Exception {
        MvcResult one = perform(request.apply(first));
        MvcResult other = perform(request.apply(second));
        assertThat(one.getResponse().getStatus()).as(first).isEqualTo(status);
        assertThat(other.getResponse().getStatus()).as(second).isEqualTo(status);
        String a = one.getResponse().getContentAsString(StandardCharsets.UTF_8).replace(first, "ID").replaceAll(CSRF_VALUE, "");
        String b = other.getResponse().getContentAsString(StandardCharsets.UTF_8).replace(second, "ID").replaceAll(CSRF_VALUE, "");
        assertThat(b).isEqualTo(a);
        for (String secret : OF_25) {
            assertThat(b).as("the answer about " + second).doesNotContain(secret);
        }
    }

    private String answer(MockHttpServletRequestBuilder request) throws Exception {
        return perform(request).getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(TestUsers.as(TestUsers.facilitatorOf("21")))).andReturn();
    }
}
