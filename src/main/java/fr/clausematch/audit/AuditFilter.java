package fr.clausematch.audit;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** Filters of the audit log; null means any. {@code from} and {@code to} are whole days, both included. */
public record AuditFilter(String actor, String subject, AuditAction action,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
