package fr.clausematch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.clausematch.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the API's description says of the answers, as a client reads it; it is also written to
 * {@code target/openapi.json} for the linter ({@code npx @redocly/cli lint --config docs/redocly.yaml target/openapi.json}).
 * That real answers follow it is checked on every API test ({@code ApiDescriptionValidation}).
 */
@IntegrationTest
class ApiDescriptionTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;

    JsonNode description;

    @BeforeEach
    void read() throws Exception {
        String text = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Files.writeString(Path.of("target", "openapi.json"), text);
        description = json.readTree(text);
    }

    @Test
    void everyOperationDeclaresItsProblemDetails() {
        List<String> missing = new ArrayList<>();
        operations().forEach((name, operation) -> {
            for (String status : List.of("401", "403")) {
                if (!operation.path("responses").has(status)) {
                    missing.add(name + " " + status);
                }
            }
            boolean write = !name.startsWith("GET ");
            if (write && !operation.path("responses").has("409")) {
                missing.add(name + " 409");
            }
            if (name.contains("{") && !operation.path("responses").has("404")) {
                missing.add(name + " 404");
            }
        });
        assertThat(missing).isEmpty();
        JsonNode unauthorized = description.at("/components/responses/Unauthorized/content");
        assertThat(unauthorized.fieldNames()).toIterable().containsExactly("application/problem+json");
        JsonNode problem = description.at("/components/schemas/Problem/properties");
        assertThat(problem.fieldNames()).toIterable().contains("type", "title", "status", "detail", "instance", "errors");
        assertThat(description.at("/components/schemas/FieldError/properties").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("field", "message");
        assertThat(description.at("/paths/~1api~1imports/post/responses/422/$ref").asText()).endsWith("/DatasetRefused");
        assertThat(description.at("/paths/~1api~1imports/post/responses/413/$ref").asText()).endsWith("/TooLarge");
        assertThat(description.at("/components/schemas/DatasetError/properties/column/nullable").asBoolean()).isTrue();
    }

    @Test
    void successStatusesAreTheOnesAnswered() {
        assertThat(description.at("/paths/~1api~1candidates/post/responses").has("201")).isTrue();
        assertThat(description.at("/paths/~1api~1candidates/post/responses").has("200")).isFalse();
        assertThat(description.at("/paths/~1api~1candidates/post/responses/201/headers").has("Location")).isTrue();
        assertThat(description.at("/paths/~1api~1contracts~1{id}~1slots/post/responses").has("201")).isTrue();
        assertThat(description.at("/paths/~1api~1candidates~1{id}/delete/responses").has("204")).isTrue();
        assertThat(description.at("/paths/~1api~1candidates~1{id}/delete/responses").has("200")).isFalse();
        assertThat(description.at("/paths/~1api~1assignments~1{id}~1confirm/post/responses").has("200")).isTrue();
        assertThat(description.at("/paths/~1api~1plans~1{id}~1events/get/responses/200/content/text~1event-stream/schema/type")
                .asText()).isEqualTo("string");
        assertThat(description.at("/paths/~1api~1exports/get/responses/200/content/application~1zip/schema/format").asText())
                .isEqualTo("binary");
        assertThat(description.at("/paths/~1api~1candidates~1{id}/get/responses/200/content").fieldNames()).toIterable()
                .containsExactly("application/json");
    }

    @Test
    void pagesAreAskedByPageSizeAndSortAndNullFieldsAreSaidNullable() {
        List<String> parameters = new ArrayList<>();
        description.at("/paths/~1api~1candidates/get/parameters").forEach(p -> parameters.add(p.path("in").asText() + ":" + p.path("name").asText()));
        assertThat(parameters).contains("query:page", "query:size", "query:sort").doesNotContain("query:pageable");
        JsonNode candidate = description.at("/components/schemas/CandidateView/properties");
        for (String field : List.of("qpvCode", "availableFrom", "availableUntil", "eligibilityUntil")) {
            assertThat(candidate.path(field).path("nullable").asBoolean()).as(field).isTrue();
        }
        assertThat(candidate.path("id").has("nullable")).isFalse();
        assertThat(description.at("/components/schemas/Grant/properties/validUntil/nullable").asBoolean()).isTrue();
        assertThat(description.at("/components/schemas/PlanView/properties/endedAt/nullable").asBoolean()).isTrue();
        assertThat(description.at("/components/schemas/PlanView/properties/score/nullable").asBoolean()).isTrue();
        assertThat(description.at("/components/schemas/PlanIndicators/nullable").asBoolean()).isTrue();
        assertThat(description.at("/components/schemas/AssignmentView/properties/decidedBy/nullable").asBoolean()).isTrue();
        assertThat(description.at("/components/schemas/CandidateForm/properties/qpvCode/nullable").asBoolean()).isTrue();
        assertThat(description.at("/components/schemas/CandidateForm/properties/id/nullable").asBoolean()).isFalse();
    }

    private Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new java.util.TreeMap<>();
        description.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
                operation -> operations.put(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue())));
        assertThat(operations).hasSizeGreaterThan(40);
        return operations;
    }
}
