package fr.clausematch.overview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.clausematch.dataset.DatasetReader;
import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * « Que coûte une cible ? » through the API on the tiny sample: started, followed until done, a monotone curve from
 * the plain plan's hours down to 100 %, kept while the data stay the same and gone (to compute again) once they change.
 */
@IntegrationTest
class TargetCostApiTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired DatasetImporter importer;

    @BeforeEach
    void tinySample() {
        importer.importDataset(new DatasetReader().read(TinySample.folder()), "21", "test");
        // data of this test only, so that no curve another test computed on the same sample is found
        jdbc.update("UPDATE slot SET hours = hours + 7 WHERE id = (SELECT min(id) FROM slot)");
    }

    private JsonNode read(String share) throws Exception {
        return json.readTree(mvc.perform(get("/api/territories/21/target-cost?share=" + share)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private JsonNode awaitDone(String share) throws Exception {
        long until = System.nanoTime() + 120_000_000_000L;
        JsonNode view = read(share);
        while (view.path("status").asText().equals("RUNNING") && System.nanoTime() < until) {
            Thread.sleep(200);
            view = read(share);
        }
        return view;
    }

    @Test
    void aCurveIsStartedFollowedAndKeptUntilTheDataChange() throws Exception {
        assertThat(read("women").path("status").asText()).isEqualTo("NONE");
        JsonNode started = json.readTree(mvc.perform(post("/api/territories/21/target-cost?share=women"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString());
        assertThat(started.path("status").asText()).isIn("RUNNING", "DONE");
        assertThat(started.path("share").asText()).isEqualTo("WOMEN");

        JsonNode done = awaitDone("women");
        assertThat(done.path("status").asText()).isEqualTo("DONE");
        JsonNode points = done.path("points");
        assertThat(points.size()).isGreaterThan(1);
        assertThat(points.get(0).path("target").asDouble()).isZero();
        assertThat(points.get(0).path("cost").asLong()).isZero();
        assertThat(points.get(points.size() - 1).path("target").asDouble()).isEqualTo(1.0);
        for (int i = 0; i < points.size(); i++) {
            JsonNode p = points.get(i);
            assertThat(p.path("share").asDouble()).as("point " + i).isGreaterThanOrEqualTo(p.path("target").asDouble() - 1e-9);
            assertThat(p.path("hoursBound").asLong()).isGreaterThanOrEqualTo(p.path("hours").asLong());
            assertThat(p.path("cost").asLong()).isEqualTo(points.get(0).path("hours").asLong() - p.path("hours").asLong());
            if (i > 0) {
                assertThat(p.path("hours").asLong()).as("point " + i).isLessThanOrEqualTo(points.get(i - 1).path("hours").asLong());
            }
        }
        assertThat(done.path("baseline").path("hours").asLong()).as("the baseline is no better than the optimum")
                .isLessThanOrEqualTo(points.get(0).path("hours").asLong());
        assertThat(read("qpv").path("status").asText()).as("each share its own curve").isEqualTo("NONE");

        // asked again on the same data: the same curve, not a new run
        JsonNode again = json.readTree(mvc.perform(post("/api/territories/21/target-cost?share=women"))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString());
        assertThat(again.path("status").asText()).isEqualTo("DONE");
        assertThat(again.path("startedAt")).isEqualTo(done.path("startedAt"));

        jdbc.update("UPDATE slot SET hours = hours + 1 WHERE id = (SELECT max(id) FROM slot)");
        assertThat(read("women").path("status").asText()).as("the data changed").isEqualTo("NONE");
    }

    @Test
    void anUnknownShareOrTerritoryIsRefused() throws Exception {
        mvc.perform(get("/api/territories/21/target-cost?share=men")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/territories/21/target-cost?share=men")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/territories/99/target-cost")).andExpect(status().is4xxClientError());
    }
}
