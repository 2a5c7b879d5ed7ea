package fr.clausematch.planning;

import jakarta.annotation.Nullable;

import java.time.Instant;

/** One decision in the history of a pairing: from which status to which, by whom, why (when said) and when. */
public record AssignmentDecision(@Nullable AssignmentStatus from, AssignmentStatus to, @Nullable String actor,
                                 @Nullable String reason, Instant at) {

    static AssignmentDecision of(AssignmentEvent event) {
        return new AssignmentDecision(event.getFromStatus(), event.getToStatus(), event.getActor(), event.getReason(),
                event.getAt());
    }
}
