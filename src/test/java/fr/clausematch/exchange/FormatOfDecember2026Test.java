package fr.clausematch.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.clausematch.limits.QpvCodes;
import fr.clausematch.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The exchange format of 2026-12-01 (DATA-FORMAT.md): QPV codes of the 2024 list ({@code QN07511M}) and
 * of the 2015 list ({@code QP021001}, {@code QP02A001}) pass the import, the pages' forms and the API, a
 * wrong code is refused with the same reason everywhere, and an empty commune is accepted everywhere
 * (the solve command is tested in {@code cli.SolveFormatOfDecember2026Test}).
 */
@IntegrationTest
class FormatOfDecember2026Test {

    private static final String WRONG = "QP2A0001";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    @Test
    void anImportTakesBothListsAndEmptyCommunesAndThePagesShowADash() throws Exception {
        mvc.perform(new TinyFiles()
                        .set("candidates", 0, "qpv_code", "QN07511M")
                        .set("candidates", 1, "qpv_code", "QP02A001")
                        .set("candidates", 2, "qpv_code", "QN02B01Z")
                        .set("candidates", 2, "commune", "")
                        .set("contracts", 0, "qpv_code", "QN02112C")
                        .set("contracts", 1, "commune", "").upload())
                .andExpect(status().isCreated());

        assertThat(jdbc.queryForList("SELECT qpv_code FROM candidate WHERE external_id IN ('T-P01', 'T-P02', 'T-P03')"
                + " ORDER BY external_id", String.class)).containsExactly("QN07511M", "QP02A001", "QN02B01Z");
        assertThat(jdbc.queryForObject("SELECT commune FROM candidate WHERE external_id = 'T-P03'", String.class)).isNull();
        assertThat(jdbc.queryForObject("SELECT commune FROM contract WHERE external_id = 'T-C2'", String.class)).isNull();
        mvc.perform(get("/candidats/T-P03")).andExpect(status().isOk()).andExpect(content().string(containsString("— (")));
        mvc.perform(get("/contrats/T-C2")).andExpect(status().isOk()).andExpect(content().string(containsString("— (")));
        mvc.perform(get("/candidats").param("q", "T-P03")).andExpect(content().string(containsString(">—<")));
    }

    @Test
    void aWrongCodeIsRefusedWithTheSameReasonByTheImportTheApiAndThePages() throws Exception {
        mvc.perform(new TinyFiles().set("candidates", 0, "qpv_code", WRONG).upload())
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].column").value("qpv_code"))
                .andExpect(jsonPath("$.errors[0].reason").value(QpvCodes.MESSAGE + " : " + WRONG));
        ObjectNode person = person("Q-1").put("qpvCode", WRONG);
        mvc.perform(post("/api/candidates").contentType(MediaType.APPLICATION_JSON).content(person.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'qpvCode')].message", hasItem(QpvCodes.MESSAGE)));
        ObjectNode contract = contract("Q-K1").put("qpvCode", WRONG);
        mvc.perform(post("/api/contracts").contentType(MediaType.APPLICATION_JSON).content(contract.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'qpvCode')].message", hasItem(QpvCodes.MESSAGE)));
        mvc.perform(personPage("Q-2", WRONG, "Dijon")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(QpvCodes.MESSAGE)));
        mvc.perform(needPage(WRONG, "Dijon")).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString(QpvCodes.MESSAGE)));
        assertThat(jdbc.queryForObject("SELECT (SELECT count(*) FROM candidate) + (SELECT count(*) FROM contract)", Long.class))
                .isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"QN07511M", "QP021001", "QP02A001", "QN02B01Z", "QN97101A"})
    void theApiAndThePagesTakeBothListsAndAnEmptyCommune(String code) throws Exception {
        mvc.perform(new TinyFiles().set("candidates", 0, "qpv_code", "").upload()).andExpect(status().isCreated());
        ObjectNode person = person("Q-1").put("qpvCode", code);
        person.remove("commune");
        mvc.perform(post("/api/candidates").contentType(MediaType.APPLICATION_JSON).content(person.toString()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.qpvCode").value(code))
                .andExpect(jsonPath("$.commune").doesNotExist());
        ObjectNode contract = contract("Q-K1").put("qpvCode", code).put("commune", "");
        mvc.perform(post("/api/contracts").contentType(MediaType.APPLICATION_JSON).content(contract.toString()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.qpvCode").value(code));
        mvc.perform(personPage("Q-2", code, "")).andExpect(status().is3xxRedirection());
        mvc.perform(needPage(code, "")).andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForList("SELECT qpv_code FROM candidate WHERE external_id IN ('Q-1', 'Q-2')", String.class))
                .containsOnly(code).hasSize(2);
        assertThat(jdbc.queryForList("SELECT commune FROM candidate WHERE external_id IN ('Q-1', 'Q-2')", String.class))
                .containsOnlyNulls();
        assertThat(jdbc.queryForList("SELECT commune FROM contract WHERE qpv_code = ? AND (external_id = 'Q-K1'"
                + " OR title = 'École')", String.class, code)).hasSize(2).containsOnlyNulls();
    }

    @Test
    void theCorsicanCodeQp02a001PassesAContractsImportAndTheEditsOfTheApiAndThePages() throws Exception {
        String corsican = "QP02A001";
        mvc.perform(new TinyFiles().set("contracts", 0, "qpv_code", corsican).upload()).andExpect(status().isCreated());
        assertThat(jdbc.queryForObject("SELECT qpv_code FROM contract WHERE external_id = 'T-C1'", String.class)).isEqualTo(corsican);
        ObjectNode contract = (ObjectNode) json.readTree(mvc.perform(get("/api/contracts/T-C1"))
                .andExpect(jsonPath("$.qpvCode").value(corsican)).andReturn().getResponse().getContentAsString());
        contract.remove(List.of("buyerName", "slotHours", "slots")); // what an answer adds to the form
        mvc.perform(put("/api/contracts/T-C1").contentType(MediaType.APPLICATION_JSON)
                        .content(contract.put("title", "Groupe scolaire, Ajaccio").toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.qpvCode").value(corsican));
        mvc.perform(put("/api/candidates/T-P01").contentType(MediaType.APPLICATION_JSON)
                        .content(person("T-P01").put("qpvCode", corsican).put("version", 0).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.qpvCode").value(corsican));
        mvc.perform(get("/candidats/T-P01/modifier"))
                .andExpect(content().string(containsString("name=\"place.qpvCode\" value=\"" + corsican + "\"")));
        mvc.perform(personFields(post("/candidats/T-P01"), "T-P01", corsican, "Ajaccio").param("version", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForMap("SELECT commune, qpv_code FROM candidate WHERE external_id = 'T-P01'"))
                .containsEntry("commune", "Ajaccio").containsEntry("qpv_code", corsican);
    }

    private ObjectNode person(String id) {
        ObjectNode form = json.createObjectNode();
        form.put("id", id).put("territory", "21").put("gender", "F").put("birthYear", 1994).put("commune", "Dijon")
                .put("latitude", 47.322).put("longitude", 5.041);
        form.putArray("eligibility").add("RSA");
        form.putArray("trades").add("K2204");
        form.put("qualificationLevel", 3).put("maxDistanceKm", 15).put("maxHoursPerWeek", 24).put("registeredOn", "2025-10-01");
        return form;
    }

    private ObjectNode contract(String id) {
        ObjectNode form = json.createObjectNode();
        form.put("id", id).put("buyer", "Ville de Dijon").put("title", "Voirie").put("type", "WORKS")
                .put("legalBasis", "EXECUTION_CLAUSE").put("anru", false).put("commune", "Dijon").put("latitude", 47.335)
                .put("longitude", 5.06).put("startDate", "2026-03-01").put("endDate", "2026-12-31")
                .put("requiredHours", 350).put("territory", "21");
        return form;
    }

    private static MockHttpServletRequestBuilder personPage(String id, String qpv, String commune) {
        return personFields(post("/candidats"), id, qpv, commune);
    }

    private static MockHttpServletRequestBuilder personFields(MockHttpServletRequestBuilder request, String id, String qpv,
                                                              String commune) {
        return request.param("id", id).param("territory", "21").param("gender", "F").param("birthYear", "1994")
                .param("place.commune", commune).param("place.latitude", "47.322").param("place.longitude", "5.041")
                .param("place.qpvCode", qpv)
                .param("trades", "K2204").param("qualificationLevel", "3").param("maxDistanceKm", "15")
                .param("maxHoursPerWeek", "24").param("registeredOn", "2025-10-01").param("status", "IDENTIFIED")
                .param("eligibility", "RSA");
    }

    private static MockHttpServletRequestBuilder needPage(String qpv, String commune) {
        return post("/acheteurs/besoin").param("action", "submit").param("buyer", "Ville de Dijon").param("title", "École")
                .param("type", "WORKS").param("legalBasis", "EXECUTION_CLAUSE").param("anru", "false")
                .param("place.commune", commune).param("place.latitude", "47.33").param("place.longitude", "5.03")
                .param("place.qpvCode", qpv)
                .param("startDate", "2026-09-01").param("endDate", "2027-06-30").param("territory", "21")
                .param("requiredHours", "280").param("slots[0].trade", "F1704").param("slots[0].hours", "280")
                .param("slots[0].startDate", "2026-09-07").param("slots[0].endDate", "2026-12-18")
                .param("slots[0].hoursPerWeek", "21").param("slots[0].minQualificationLevel", "0");
    }
}
