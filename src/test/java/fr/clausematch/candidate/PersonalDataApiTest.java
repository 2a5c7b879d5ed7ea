package fr.clausematch.candidate;

import fr.clausematch.exchange.DatasetImporter;
import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TestUsers;
import fr.clausematch.support.TinySample;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PersonalDataApiTest {

    @Autowired MockMvc mvc;
    @Autowired DatasetImporter importer;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void sample() {
        TinySample.load(importer);
        jdbc.update("DELETE FROM audit_event"); // the import's CREATE rows are CandidateAuditTest's business
        jdbc.update("UPDATE candidate_eligibility SET validated_by = 'conseillère PLIE'");
        TinySample.plan(jdbc, "21", "CONFIRMED", "T-S01", "T-P05");
        TinySample.plan(jdbc, "21", "REJECTED", "T-S02", "T-P05");
    }

    @Test
    void exportsTheRecordCriteriaPairingsAndAuditAsAnAttachmentAndAuditsTheExport() throws Exception {
        mvc.perform(get("/api/candidates/T-P05")).andExpect(status().isOk());

        mvc.perform(get("/api/candidates/T-P05/personal-data"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("donnees-personnelles-T-P05.json")))
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(jsonPath("$.id").value("T-P05"))
                .andExpect(jsonPath("$.record.commune").value("Dijon"))
                .andExpect(jsonPath("$.record.birthYear").value(1975))
                .andExpect(jsonPath("$.record.eligibility[*].criterion", containsInAnyOrder("AAH", "RQTH")))
                .andExpect(jsonPath("$.record.eligibility[0].validatedBy").value("conseillère PLIE"))
                .andExpect(jsonPath("$.assignments.length()").value(2))
                .andExpect(jsonPath("$.assignments[0].slotId").value("T-S01"))
                .andExpect(jsonPath("$.assignments[0].contractId").value("T-C1"))
                .andExpect(jsonPath("$.assignments[0].hours").value(140))
                .andExpect(jsonPath("$.assignments[0].status").value("CONFIRMED"))
                .andExpect(jsonPath("$.assignments[1].slotId").value("T-S02"))
                .andExpect(jsonPath("$.assignments[1].status").value("REJECTED"))
                .andExpect(jsonPath("$.audit[*].action", containsInAnyOrder("READ", "READ_SENSITIVE", "EXPORT", "READ_SENSITIVE")));

        assertThat(jdbc.queryForList("SELECT actor, action, detail FROM audit_event WHERE subject_id = 'T-P05' ORDER BY id"))
                .extracting(r -> r.get("actor"), r -> r.get("action"), r -> r.get("detail"))
                .containsExactly(
                        tuple(TestUsers.DEFAULT_FACILITATOR, "READ", null),
                        tuple(TestUsers.DEFAULT_FACILITATOR, "READ_SENSITIVE", "AAH, RQTH"),
                        tuple(TestUsers.DEFAULT_FACILITATOR, "EXPORT", "2 appariement(s)"),
                        tuple(TestUsers.DEFAULT_FACILITATOR, "READ_SENSITIVE", "AAH, RQTH"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE subject_id <> 'T-P05'", Integer.class)).isZero();
    }

    @Test
    void anUnknownPersonIsNotFoundAndLeavesNoRow() throws Exception {
        mvc.perform(get("/api/candidates/nobody/personal-data")).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event", Integer.class)).isZero();
    }
}
