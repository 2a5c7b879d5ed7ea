package fr.clausematch.candidate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TestUsers;
import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every read and change of one person's record leaves an audit row; lists leave none. */
@IntegrationTest
class CandidateAuditTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired DatasetImporter importer;

    private List<Map<String, Object>> rows() {
        return jdbc.queryForList("SELECT actor, action, subject_type, subject_id, detail FROM audit_event ORDER BY id");
    }

    @Test
    void createReadUpdateAndDeleteThroughTheApiAreEachAudited() throws Exception {
        ObjectNode form = CandidateApiTest.form(json, "C-AUD");
        mvc.perform(post("/api/candidates").contentType(MediaType.APPLICATION_JSON).content(form.toString()))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/candidates/C-AUD")).andExpect(status().isOk());
        form.put("version", 0);
        form.put("commune", "Chenôve");
        mvc.perform(put("/api/candidates/C-AUD").contentType(MediaType.APPLICATION_JSON).content(form.toString()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/candidates")).andExpect(status().isOk());
        mvc.perform(delete("/api/candidates/C-AUD").param("version", "1")).andExpect(status().isNoContent());

        assertThat(rows()).extracting(r -> r.get("actor"), r -> r.get("action"), r -> r.get("subject_type"),
                        r -> r.get("subject_id"), r -> r.get("detail"))
                .containsExactly(
                        tuple(TestUsers.DEFAULT_FACILITATOR, "CREATE", "CANDIDATE", "C-AUD", null),
                        tuple(TestUsers.DEFAULT_FACILITATOR, "READ", "CANDIDATE", "C-AUD", null),
                        tuple(TestUsers.DEFAULT_FACILITATOR, "UPDATE", "CANDIDATE", "C-AUD", null),
                        tuple(TestUsers.DEFAULT_FACILITATOR, "DELETE", "CANDIDATE", "C-AUD", null));
    }

    @Test
    void aRefusedChangeLeavesNoRow() throws Exception {
        ObjectNode form = CandidateApiTest.form(json, "C-AUD");
        mvc.perform(post("/api/candidates").contentType(MediaType.APPLICATION_JSON).content(form.toString()))
                .andExpect(status().isCreated());
        form.put("version", 7);
        mvc.perform(put("/api/candidates/C-AUD").contentType(MediaType.APPLICATION_JSON).content(form.toString()))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/candidates/nobody")).andExpect(status().isNotFound());
        assertThat(rows()).extracting(r -> r.get("action")).containsExactly("CREATE");
    }

    @Test
    void anImportRecordsTheCreationOfEachPersonByWhoImported() {
        TinySample.load(importer);
        assertThat(rows()).hasSize(20).allSatisfy(row -> {
            assertThat(row.get("action")).isEqualTo("CREATE");
            assertThat(row.get("actor")).isEqualTo("test");
            assertThat(row.get("detail")).isEqualTo("import au format d'échange");
        });
    }

    /** The tiny sample, loaded without its import's rows in the log. */
    private void sampleWithoutImportRows() {
        TinySample.load(importer);
        jdbc.update("DELETE FROM audit_event");
    }

    @Test
    void readingASensitiveCriterionIsAuditedWithItsCodesOnly() throws Exception {
        sampleWithoutImportRows();
        mvc.perform(get("/api/candidates/T-P05")).andExpect(status().isOk());
        mvc.perform(get("/api/candidates/T-P01")).andExpect(status().isOk());
        mvc.perform(get("/api/candidates/T-P19")).andExpect(status().isOk());

        assertThat(rows()).extracting(r -> r.get("action"), r -> r.get("subject_id"), r -> r.get("detail"))
                .containsExactly(
                        tuple("READ", "T-P05", null),
                        tuple("READ_SENSITIVE", "T-P05", "AAH, RQTH"),
                        tuple("READ", "T-P01", null),
                        tuple("READ", "T-P19", null),
                        tuple("READ_SENSITIVE", "T-P19", "JUSTICE"));
    }

    @Test
    void theDetailAndEditPagesAreAuditedAndTheListIsNot() throws Exception {
        sampleWithoutImportRows();
        mvc.perform(get("/candidats")).andExpect(status().isOk());
        assertThat(rows()).isEmpty();
        mvc.perform(get("/candidats/T-P05")).andExpect(status().isOk());
        mvc.perform(get("/candidats/T-P02/modifier")).andExpect(status().isOk());

        assertThat(rows()).extracting(r -> r.get("actor"), r -> r.get("action"), r -> r.get("subject_id"))
                .containsExactly(
                        tuple(TestUsers.DEFAULT_FACILITATOR, "READ", "T-P05"),
                        tuple(TestUsers.DEFAULT_FACILITATOR, "READ_SENSITIVE", "T-P05"),
                        tuple(TestUsers.DEFAULT_FACILITATOR, "READ", "T-P02"));
    }
}
