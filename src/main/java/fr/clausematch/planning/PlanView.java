package fr.clausematch.planning;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * A plan: its status and score, its indicators beside the first-come-first-served baseline's on the
 * same problem, and (while solving) the progress of its best solution.
 */
public record PlanView(long id, String territory, PlanStrategy strategy, PlanStatus status, String score,
                       Long hoursTotal, Long hoursAssigned, String requestedBy, Instant startedAt, Instant endedAt,
                       String message, JsonNode indicators, String baselineScore, JsonNode baselineIndicators,
                       List<PlanProgressPoint> progress, long version) {
}
