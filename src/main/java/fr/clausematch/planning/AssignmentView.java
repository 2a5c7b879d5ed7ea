package fr.clausematch.planning;

import jakarta.annotation.Nullable;

import java.time.Instant;

/** One pairing of a plan, with what a facilitator needs to judge it; the person is only their pseudonymous id. */
public record AssignmentView(long id, long planId, String slot, String contract, String trade, int hours,
                             @Nullable String commune, String candidate, AssignmentStatus status, @Nullable String decidedBy,
                             @Nullable Instant decidedAt, long version) {
}
