package fr.clausematch.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.clausematch.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Seeded, deterministic fuzzing of {@code POST /api/imports}: hundreds of imports of the tiny sample, each
 * with one to three mutations ({@link ImportMutations}). Whatever the bytes, the answer is 201 or a 422
 * whose every error names a file of the three, a line (1 or more) and a reason, and a refused import
 * leaves the database as it was.
 */
@IntegrationTest
class ImportFuzzTest {

    static final long SEED = 20_261_201L;
    static final int CASES = 400;
    private static final Set<String> FILES = Set.of("candidates.csv", "contracts.csv", "slots.csv");
    private static final String COUNTS = "SELECT (SELECT count(*) FROM candidate) || '/' || (SELECT count(*) FROM contract)"
            + " || '/' || (SELECT count(*) FROM slot) || '/' || (SELECT count(*) FROM buyer) || '/' || (SELECT count(*) FROM territory)"
            + " || '/' || (SELECT count(*) FROM qpv) || '/' || (SELECT count(*) FROM audit_event)"
            + " || '/' || (SELECT count(*) FROM candidate_licence) || '/' || (SELECT count(*) FROM slot_licence)";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    @Test
    void everyFuzzedImportIsAcceptedOrRefusedLineByLineAndARefusalWritesNothing() throws Exception {
        Random random = new Random(SEED);
        Map<String, byte[]> base = new LinkedHashMap<>();
        new TinyFiles().text.forEach((name, text) -> base.put(name, text.getBytes(StandardCharsets.UTF_8)));
        int accepted = 0;
        int refused = 0;
        int errors = 0;
        long started = System.nanoTime();
        for (int n = 0; n < CASES; n++) {
            Map<String, byte[]> files = new LinkedHashMap<>(base);
            List<String> applied = ImportMutations.mutate(random, files);
            String label = "case " + n + " " + applied;
            String before = jdbc.queryForObject(COUNTS, String.class);
            MockMultipartHttpServletRequestBuilder request = multipart("/api/imports");
            files.forEach((name, bytes) -> request.file(TinyFiles.bytes(name, bytes)));
            if (random.nextBoolean()) {
                request.param("territory", random.nextBoolean() ? "21" : "25");
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

            assertThat(response.getStatus()).as(label + " " + response.getContentAsString()).isIn(201, 422);
            if (response.getStatus() == 201) {
                accepted++;
                jdbc.execute("TRUNCATE candidate, contract, slot, buyer, qpv, territory, audit_event RESTART IDENTITY CASCADE");
                continue;
            }
            refused++;
            JsonNode list = json.readTree(response.getContentAsString(StandardCharsets.UTF_8)).path("errors");
            assertThat(list.size()).as(label).isPositive();
            for (JsonNode error : list) {
                errors++;
                assertThat(error.path("file").asText()).as(label + " " + error).isIn(FILES);
                assertThat(error.path("line").asLong()).as(label + " " + error).isGreaterThanOrEqualTo(1);
                assertThat(error.path("reason").asText()).as(label + " " + error).isNotBlank();
            }
            assertThat(jdbc.queryForObject(COUNTS, String.class)).as(label + " wrote nothing").isEqualTo(before);
        }
        System.out.printf("ImportFuzzTest: %d fuzzed imports (seed %d): %d accepted (201), %d refused (422) listing %d errors,"
                        + " no 5xx, no partial write, in %d ms%n",
                CASES, SEED, accepted, refused, errors, (System.nanoTime() - started) / 1_000_000);
        assertThat(accepted + refused).isEqualTo(CASES);
        assertThat(accepted).as("some mutations are harmless (formulas, edge dates within range)").isPositive();
    }
}
