package fr.clausematch.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.clausematch.limits.FieldLimits;
import fr.clausematch.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every limit of the schema, one by one: an import holding a value past it is refused with its file, line,
 * column and reason (never a 409 at insert time) and writes nothing; the forms of the API refuse it with
 * 400 naming the field. Dates are held to 1900-01-01..2100-12-31 (older ones shift on their way to
 * PostgreSQL: 1582-10-10 would be stored as 1582-10-20).
 */
@IntegrationTest
class SchemaLimitsTest {

    private static final String LICENCE = "code de permis ou d'habilitation invalide (attendu A-Z, 0-9 et _)";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    static Stream<Arguments> importLimits() {
        String year = FieldLimits.BIRTH_YEAR_MESSAGE + " : ";
        String date = FieldLimits.DATE_MESSAGE + " : ";
        return Stream.of(
                arguments("candidates", "birth_year", "1899", year + "1899"),
                arguments("candidates", "birth_year", "2101", year + "2101"),
                arguments("candidates", "birth_year", "0000", year + "0000"),
                arguments("candidates", "birth_year", "9999", year + "9999"),
                arguments("candidates", "commune", "D".repeat(201), "texte trop long : 200 caractères au plus (201)"),
                arguments("contracts", "commune", "D".repeat(201), "texte trop long : 200 caractères au plus (201)"),
                arguments("contracts", "title", "T".repeat(501), "texte trop long : 500 caractères au plus (501)"),
                arguments("contracts", "buyer", "B".repeat(201), "texte trop long : 200 caractères au plus (201)"),
                arguments("candidates", "licences", "L".repeat(41), LICENCE + " : " + "L".repeat(41)),
                arguments("slots", "required_licences", "L".repeat(41), LICENCE + " : " + "L".repeat(41)),
                arguments("candidates", "commune", "Di\u0000jon", FieldLimits.CONTROL_MESSAGE + 3),
                arguments("contracts", "commune", "\u0007Dijon", FieldLimits.CONTROL_MESSAGE + 1),
                arguments("contracts", "title", "Voirie\u0000", FieldLimits.CONTROL_MESSAGE + 7),
                arguments("contracts", "buyer", "Ville\u0000de Dijon", FieldLimits.CONTROL_MESSAGE + 6),
                arguments("candidates", "registered_on", "1582-10-10", date + "1582-10-10"),
                arguments("candidates", "registered_on", "0000-01-01", date + "0000-01-01"),
                arguments("candidates", "eligibility_until", "2101-01-01", date + "2101-01-01"),
                arguments("candidates", "available_from", "1899-12-31", date + "1899-12-31"),
                arguments("contracts", "start_date", "0000-01-01", date + "0000-01-01"),
                arguments("slots", "end_date", "2101-01-01", date + "2101-01-01"));
    }

    @ParameterizedTest(name = "import {0}.{1}")
    @MethodSource("importLimits")
    void anImportPastALimitIsRefusedWithFileLineColumnAndReasonAndWritesNothing(String file, String column, String value,
                                                                                String reason) throws Exception {
        mvc.perform(new TinyFiles().set(file, 0, column, value).upload().param("territory", "21"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].file").value(file + ".csv"))
                .andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].column").value(column))
                .andExpect(jsonPath("$.errors[0].reason").value(reason));
        assertThat(rows()).isZero();
    }

    static Stream<Arguments> apiLimits() {
        return Stream.of(
                arguments("candidate", "birthYear", 1899, "birthYear"),
                arguments("candidate", "birthYear", 2101, "birthYear"),
                arguments("candidate", "commune", "D".repeat(201), "commune"),
                arguments("candidate", "commune", "Di\u0000jon", "commune"),
                arguments("candidate", "registeredOn", "1582-10-10", "registeredOn"),
                arguments("candidate", "registeredOn", "0000-01-01", "registeredOn"),
                arguments("candidate", "eligibilityUntil", "2101-01-01", "eligibilityUntil"),
                arguments("candidate", "availableFrom", "1899-12-31", "availableFrom"),
                arguments("candidate", "lastContactOn", "0001-01-01", "lastContactOn"),
                arguments("contract", "title", "T".repeat(501), "title"),
                arguments("contract", "title", "Voirie\u0000", "title"),
                arguments("contract", "buyer", "B".repeat(201), "buyer"),
                arguments("contract", "buyer", "Ville\u0000", "buyer"),
                arguments("contract", "commune", "D".repeat(201), "commune"),
                arguments("contract", "commune", "\u0007Dijon", "commune"),
                arguments("contract", "startDate", "0000-01-01", "startDate"),
                arguments("contract", "endDate", "2101-01-01", "endDate"),
                arguments("buyer", "name", "Orvitis\u0000", "name"),
                arguments("buyer", "code", "C".repeat(201), "code"));
    }

    @ParameterizedTest(name = "API {0}.{1}")
    @MethodSource("apiLimits")
    void theApiRefusesTheSameValuesNamingTheField(String record, String field, Object value, String reported) throws Exception {
        ObjectNode body = switch (record) {
            case "candidate" -> candidate();
            case "contract" -> contract();
            default -> json.createObjectNode().put("code", "ORVITIS").put("name", "Orvitis").put("kind", "SOCIAL_LANDLORD");
        };
        body.set(field, json.valueToTree(value));
        String path = switch (record) {
            case "candidate" -> "/api/candidates";
            case "contract" -> "/api/contracts";
            default -> "/api/buyers";
        };
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem(reported)));
        assertThat(rows()).isZero();
    }

    @org.junit.jupiter.api.Test
    void theApiRefusesALicenceTooLongAndASlotDateOutOfRange() throws Exception {
        ObjectNode person = candidate();
        person.putArray("licences").add("L".repeat(41));
        mvc.perform(post("/api/candidates").contentType(MediaType.APPLICATION_JSON).content(person.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem(startsWith("licences"))));
        ObjectNode contract = contract();
        ((ObjectNode) contract.withArray("slots").get(0)).put("startDate", "1582-10-10");
        mvc.perform(post("/api/contracts").contentType(MediaType.APPLICATION_JSON).content(contract.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("slots[0].startDate")));
        assertThat(rows()).isZero();
    }

    private long rows() {
        return jdbc.queryForObject("SELECT (SELECT count(*) FROM candidate) + (SELECT count(*) FROM contract)"
                + " + (SELECT count(*) FROM slot) + (SELECT count(*) FROM buyer)", Long.class);
    }

    ObjectNode candidate() {
        ObjectNode form = json.createObjectNode();
        form.put("id", "LIM-1").put("territory", "21").put("gender", "F").put("birthYear", 1994).put("commune", "Dijon")
                .put("latitude", 47.322).put("longitude", 5.041).put("qpvCode", "QP021001");
        form.putArray("eligibility").add("RSA");
        form.putArray("trades").add("K2204");
        form.put("qualificationLevel", 3).put("maxDistanceKm", 15).put("maxHoursPerWeek", 24).put("registeredOn", "2025-10-01");
        return form;
    }

    ObjectNode contract() {
        ObjectNode form = json.createObjectNode();
        form.put("id", "LIM-K1").put("buyer", "ORVITIS").put("title", "Voirie").put("type", "WORKS")
                .put("legalBasis", "EXECUTION_CLAUSE").put("anru", false).put("commune", "Dijon").put("latitude", 47.335)
                .put("longitude", 5.06).put("startDate", "2026-03-01").put("endDate", "2026-12-31")
                .put("requiredHours", 350).put("territory", "21");
        ObjectNode slot = form.putArray("slots").addObject();
        slot.put("id", "LIM-K1-S1").put("trade", "F1704").put("hours", 350).put("startDate", "2026-03-01")
                .put("endDate", "2026-05-31").put("hoursPerWeek", 35);
        return form;
    }
}
