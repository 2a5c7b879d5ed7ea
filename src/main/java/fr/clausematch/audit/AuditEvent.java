package fr.clausematch.audit;

import jakarta.annotation.Nullable;

import java.time.Instant;

/** One row of the audit log: who did what to whose record, and when. */
public record AuditEvent(long id, Instant at, String actor, AuditAction action, String subjectType, String subjectId,
                         @Nullable String detail) {
}
