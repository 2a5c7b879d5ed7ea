package fr.clausematch.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Plans started and read through the API, as the tests of plans do it: start one, read one, wait for its end. */
record PlansByTheApi(MockMvc mvc, ObjectMapper json) {

    /** Starts a plan of the territory (201), with the strategy or the default one (null). */
    JsonNode start(String territory, String strategy) throws Exception {
        String body = mvc.perform(post("/api/plans").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"territory\":\"" + territory + "\"" + (strategy == null ? "" : ",\"strategy\":\"" + strategy + "\"") + "}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    JsonNode plan(long planId) throws Exception {
        return json.readTree(mvc.perform(get("/api/plans/" + planId)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    /** The plan once it is no longer solving (at most 60 s). */
    JsonNode awaitEnd(long planId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode plan = plan(planId);
            if (!plan.get("status").asText().equals("SOLVING")) {
                return plan;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("plan " + planId + " still solving after 60 s");
    }
}
