package fr.clausematch.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TestUsers;
import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administrators' API and pages of batch runs: launch, read, validation, refusals, live events. */
@IntegrationTest
class BatchRunApiTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired DatasetImporter importer;
    @Autowired JdbcTemplate jdbc;
    @Autowired BatchRunProperties properties;
    @Autowired BatchRuns runs;

    @BeforeEach
    void tinySample() {
        TinySample.load(importer);
    }

    private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(TestUsers.as(TestUsers.admin())).with(csrf());
    }

    private JsonNode launch(String body, int expected) throws Exception {
        String answer = mvc.perform(asAdmin(post("/api/batch-runs").contentType(MediaType.APPLICATION_JSON).content(body)))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(answer);
    }

    @Autowired org.springframework.amqp.rabbit.connection.CachingConnectionFactory connections;

    @Test
    void aRunOnRemoteWorkersIsRefusedWith503WhenTheBrokerIsSilentAndNothingStarts() throws Exception {
        String broker = connections.getHost() + ":" + connections.getPort();
        connections.resetConnection();
        connections.setAddresses(connections.getHost() + ":1");
        connections.setPort(1);
        try {
            String answer = mvc.perform(asAdmin(post("/api/batch-runs").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"territories\":[\"21\"],\"budgetSeconds\":10,\"workers\":\"remote\"}")))
                    .andExpect(status().isServiceUnavailable()).andExpect(header().string("Retry-After", "30"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(json.readTree(answer).get("detail").asText())
                    .startsWith("le courtier RabbitMQ " + connections.getHost() + ":1 ne répond pas : ").endsWith(" ; rien n'a été lancé");
        } finally {
            connections.resetConnection();
            connections.setAddresses(broker);
            connections.setPort(Integer.parseInt(broker.substring(broker.lastIndexOf(':') + 1)));
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM batch_job_execution", Integer.class)).as("nothing started").isZero();
        JsonNode refused = launch("{\"territories\":[\"21\"],\"workers\":\"elsewhere\"}", 400);
        assertThat(refused.toString()).contains("ouvriers inconnus : « elsewhere » (attendu local ou remote)");
    }

    @Test
    void aRunLaunchedByTheApiIsReadWithItsTerritories() throws Exception {
        JsonNode launched = launch("{\"territories\":[\"21\"],\"budgetSeconds\":10}", 201);
        long id = launched.get("id").asLong();
        assertThat(launched.get("territories").get(0).asText()).isEqualTo("21");
        runs.await(id);

        JsonNode run = json.readTree(mvc.perform(asAdmin(get("/api/batch-runs/" + id))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(run.get("status").asText()).isEqualTo("COMPLETED");
        JsonNode partition = run.get("partitions").get(0);
        assertThat(partition.get("territory").asText()).isEqualTo("21");
        assertThat(partition.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(partition.get("hoursFilled").asLong()).isPositive()
                .isEqualTo(jdbc.queryForObject("SELECT hours_assigned FROM plan WHERE batch_run = ?", Long.class, id));
        Map<String, Object> plan = jdbc.queryForMap("SELECT hours_assigned, hours_upper_bound, hours_upper_bound_kind, gap_percent "
                + "FROM plan WHERE batch_run = ?", id);
        assertThat(partition.get("hoursUpperBound").asLong()).as("the plan's proven bound").isEqualTo(plan.get("hours_upper_bound"))
                .isGreaterThanOrEqualTo(partition.get("hoursFilled").asLong())
                .isGreaterThanOrEqualTo(partition.get("baselineHoursFilled").asLong());
        assertThat(partition.get("hoursUpperBoundKind").asText()).isEqualTo(plan.get("hours_upper_bound_kind")).isEqualTo("exact");
        assertThat(partition.get("gapPercent").asDouble()).isEqualTo(plan.get("gap_percent"));
                assertThat(partition.get("budgetMillis").asLong()).as("alone: the budget less its time outside the solver")
                .isEqualTo(10_000 - properties.overhead().millisOf(partition.get("slots").asLong()));
        mvc.perform(asAdmin(get("/api/batch-runs"))).andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(id));

        mvc.perform(asAdmin(post("/api/batch-runs/" + id + "/restart"))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("le calcul par lots " + id + " est terminé : rien à reprendre"));
        mvc.perform(asAdmin(delete("/api/batch-runs/" + id))).andExpect(status().isConflict());

        mvc.perform(asAdmin(get("/admin/batch-runs"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Calculs par lots")));
        mvc.perform(asAdmin(get("/admin/batch-runs/" + id))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("terminé")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Territoires du calcul")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Écart à la borne")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("title=\"optimum exact, prouvé\">"
                        + String.format(java.util.Locale.FRANCE, "%,d", partition.get("hoursUpperBound").asLong()).replace('\u202f', ' ')
                        .replace('\u00a0', ' ') + "</td>")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<td data-field=\"gap\">"
                        + String.format(java.util.Locale.FRANCE, "%.2f", partition.get("gapPercent").asDouble()) + "\u00a0%</td>")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<strong id=\"run-workers\">locaux</strong>")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<td data-field=\"km\">"
                        + String.format(java.util.Locale.FRANCE, "%,d / %,d", halfEven(partition.get("kmTotal")),
                        halfEven(partition.get("baselineKmTotal"))).replace('\u202f', ' ').replace('\u00a0', ' ') + "</td>")));
        mvc.perform(asAdmin(post("/admin/batch-runs/" + id + "/reprise"))).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/admin/batch-runs/" + id));
        var events = mvc.perform(asAdmin(get("/admin/batch-runs/" + id + "/events"))).andReturn();
        // the stream is written asynchronously: wait for its end event (a fixed 300 ms was once not enough)
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (!events.getResponse().getContentAsString(StandardCharsets.UTF_8).contains("event:end") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(events.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("event:end").contains("\"id\":" + id);
    }

    @Test
    void badRequestsAreAnsweredWithTheReason() throws Exception {
        assertThat(launch("{\"territories\":[\"21\",\"99\"],\"budgetSeconds\":60}", 400).get("detail").asText())
                .isEqualTo("territories : territoire inconnu : 99");
        assertThat(launch("{\"territories\":[],\"budgetSeconds\":60}", 400).get("detail").asText()).contains("au moins un territoire");
        assertThat(launch("{\"all\":true,\"budgetSeconds\":5}", 400).get("detail").asText()).contains("entre 10 s et 24 h");
        assertThat(launch("{\"all\":true,\"budgetSeconds\":90000}", 400).get("detail").asText()).contains("entre 10 s et 24 h");
        mvc.perform(asAdmin(get("/api/batch-runs/424242"))).andExpect(status().isNotFound());
        mvc.perform(asAdmin(post("/api/batch-runs/424242/restart"))).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM batch_job_instance", Integer.class)).isZero();
    }

    /** A number of km as the page's {@code #numbers.formatInteger} rounds it (half to even). */
    private static long halfEven(JsonNode km) {
        return new java.math.BigDecimal(km.asText()).setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact();
    }
}
