package fr.clausematch.candidate;

import fr.clausematch.audit.AuditEvent;

import jakarta.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything Clausematch holds about one person (right of access): the record with its criteria and who
 * validated them, the pairings proposed to them, and who read or changed the record.
 */
public record PersonalData(String id, Instant exportedAt, CandidateView record, List<Pairing> assignments,
                           List<AuditEvent> audit) {

    /** One pairing of a plan: the slot and contract (their exchange ids), its hours and what became of it. */
    public record Pairing(long assignmentId, long planId, String territory, String contractId, String slotId,
                          String trade, int hours, LocalDate startDate, LocalDate endDate, String status,
                          @Nullable String decidedBy, @Nullable Instant decidedAt, Instant proposedAt) {
    }
}
