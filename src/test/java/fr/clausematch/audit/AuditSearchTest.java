package fr.clausematch.audit;

import fr.clausematch.support.IntegrationTest;
import fr.clausematch.support.TestUsers;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AuditSearchTest {

    private static final RequestPostProcessor ADMIN = TestUsers.as(TestUsers.admin());

    @Autowired AuditLog log;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;
    @Autowired MockMvc mvc;

    @BeforeEach
    void rows() {
        insert("2026-01-10 09:00:00+01", "api", "READ", "P-1", null);
        insert("2026-01-10 23:30:00+01", "alice", "READ_SENSITIVE", "P-1", "RQTH");
        insert("2026-01-11 00:10:00+01", "alice", "UPDATE", "P-2", null);
        insert("2026-02-01 12:00:00+01", "api", "EXPORT", "P-2", "0 appariement(s)");
    }

    private void insert(String at, String actor, String action, String subject, String detail) {
        jdbc.update("INSERT INTO audit_event (at, actor, action, subject_type, subject_id, detail) VALUES (?::timestamptz, ?, ?, 'CANDIDATE', ?, ?)",
                at, actor, action, subject, detail);
    }

    private Page<AuditEvent> search(String actor, String subject, AuditAction action, String from, String to) {
        return log.search(new AuditFilter(actor, subject, action, from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to)), PageRequest.of(0, 10));
    }

    @Test
    void filtersByActorSubjectActionAndWholeDaysNewestFirst() {
        assertThat(search(null, null, null, null, null)).extracting(AuditEvent::action)
                .containsExactly(AuditAction.EXPORT, AuditAction.UPDATE, AuditAction.READ_SENSITIVE, AuditAction.READ);
        assertThat(search("alice", null, null, null, null)).extracting(AuditEvent::subjectId).containsExactly("P-2", "P-1");
        assertThat(search(null, "P-1", null, null, null)).extracting(AuditEvent::action)
                .containsExactly(AuditAction.READ_SENSITIVE, AuditAction.READ);
        assertThat(search(null, null, AuditAction.EXPORT, null, null)).extracting(AuditEvent::subjectId).containsExactly("P-2");
        assertThat(search(null, null, null, "2026-01-10", "2026-01-10")).extracting(AuditEvent::action)
                .containsExactly(AuditAction.READ_SENSITIVE, AuditAction.READ);
        assertThat(search(null, null, null, "2026-01-11", null)).extracting(AuditEvent::action)
                .containsExactly(AuditAction.EXPORT, AuditAction.UPDATE);
        assertThat(search("alice", "P-1", AuditAction.READ_SENSITIVE, "2026-01-01", "2026-01-31")).singleElement()
                .satisfies(event -> assertThat(event.detail()).isEqualTo("RQTH"));
        assertThat(search("bob", null, null, null, null)).isEmpty();
    }

    @Test
    void recordWritesInTheCallersTransactionOnly() {
        transactions.executeWithoutResult(status -> {
            log.record("carol", AuditAction.READ, AuditLog.CANDIDATE, "P-3", null);
            status.setRollbackOnly();
        });
        assertThat(search("carol", null, null, null, null)).isEmpty();
        transactions.executeWithoutResult(status -> log.record("carol", AuditAction.READ, AuditLog.CANDIDATE, "P-3", null));
        assertThat(search("carol", null, null, null, null)).hasSize(1);
        assertThatThrownBy(() -> log.record("carol", AuditAction.READ, AuditLog.CANDIDATE, "P-3", null))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theApiPagesAndFiltersNewestFirst() throws Exception {
        mvc.perform(get("/api/audit").param("size", "3").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page.totalElements").value(4))
                .andExpect(jsonPath("$.page.totalPages").value(2))
                .andExpect(jsonPath("$.content.length()").value(3))
                .andExpect(jsonPath("$.content[0].action").value("EXPORT"));
        mvc.perform(get("/api/audit").param("size", "3").param("page", "1").with(ADMIN))
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].action").value("READ"));
        mvc.perform(get("/api/audit").param("actor", "alice").param("subject", "P-1").param("action", "READ_SENSITIVE")
                        .param("from", "2026-01-10").param("to", "2026-01-10").with(ADMIN))
                .andExpect(jsonPath("$.page.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].subjectId").value("P-1"))
                .andExpect(jsonPath("$.content[0].subjectType").value("CANDIDATE"))
                .andExpect(jsonPath("$.content[0].detail").value("RQTH"));
        mvc.perform(get("/api/audit").param("action", "NOPE").with(ADMIN)).andExpect(status().isBadRequest());
    }

    @Test
    void theJournalPageShowsTheFilteredRowsInFrench() throws Exception {
        mvc.perform(get("/admin/journal").param("actor", "alice").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Journal des accès aux données personnelles"),
                        containsString("2 entrées"), containsString("Lecture d&#39;un critère sensible"),
                        containsString("Modification"), containsString("P-2"), not(containsString("0 appariement")))));
        mvc.perform(get("/admin/journal").param("from", "2026-02-01").param("action", "EXPORT").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("1 entrée"), containsString("01/02/2026 12:00"))));
    }
}
