package fr.clausematch.operations;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.clausematch.dataset.DatasetReader;
import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Spring Boot Actuator: health and its liveness and readiness groups for anyone, without details; details,
 * info, metrics (the solver's too) and the Prometheus format for administrators only.
 */
@IntegrationTest
class ActuatorAccessTest {

    @Autowired WebApplicationContext context;
    @Autowired MockMvc signedIn;
    @Autowired ObjectMapper json;
    @Autowired DatasetImporter importer;

    private MockMvc anonymous() {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void healthLivenessAndReadinessAreOpenWithoutDetails() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            anonymous().perform(get(path)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("UP"))
                    .andExpect(jsonPath("$.components").doesNotExist())
                    .andExpect(jsonPath("$.details").doesNotExist());
        }
    }

    @Test
    void readinessReportsTheDatabaseToAdministrators() throws Exception {
        signedIn.perform(get("/actuator/health/readiness").with(TestUsers.as(TestUsers.admin()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details.database").value("PostgreSQL"))
                .andExpect(jsonPath("$.components.readinessState.status").value("UP"));
        signedIn.perform(get("/actuator/health/liveness").with(TestUsers.as(TestUsers.admin())))
                .andExpect(jsonPath("$.components.db").doesNotExist());
    }

    @Test
    void infoMetricsAndPrometheusAreForAdministratorsOnly() throws Exception {
        for (String path : new String[] {"/actuator/info", "/actuator/metrics", "/actuator/prometheus", "/actuator"}) {
            anonymous().perform(get(path)).andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            signedIn.perform(get(path).with(TestUsers.as(TestUsers.facilitatorOf("21")))).andExpect(status().isForbidden());
            signedIn.perform(get(path).with(TestUsers.as(TestUsers.buyerOf("X")))).andExpect(status().isForbidden());
            signedIn.perform(get(path).with(TestUsers.as(TestUsers.admin()))).andExpect(status().isOk());
        }
        signedIn.perform(get("/actuator/health").with(TestUsers.as(TestUsers.facilitatorOf("21"))))
                .andExpect(jsonPath("$.components").doesNotExist());
    }

    @Test
    void theSolversMetricsArePublishedOnceAPlanHasRun() throws Exception {
        importer.importDataset(new DatasetReader().read(Path.of("sample-data", "tiny")), "21", "test");
        String plan = signedIn.perform(post("/api/plans").contentType(MediaType.APPLICATION_JSON).content("{\"territory\":\"21\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(plan).get("id").asLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (json.readTree(signedIn.perform(get("/api/plans/" + id)).andReturn().getResponse().getContentAsString())
                .get("status").asText().equals("SOLVING")) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(100);
        }
        signedIn.perform(get("/actuator/prometheus").with(TestUsers.as(TestUsers.admin()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("optaplanner_solver_")))
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
        signedIn.perform(get("/actuator/metrics").with(TestUsers.as(TestUsers.admin())))
                .andExpect(jsonPath("$.names").value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.startsWith("optaplanner.solver"))));
    }
}
