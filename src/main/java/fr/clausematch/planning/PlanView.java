package fr.clausematch.planning;

import com.fasterxml.jackson.databind.JsonNode;
import fr.clausematch.matching.analysis.PlanIndicators;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * A plan: its status and score, its indicators beside the first-come-first-served baseline's on the
 * same problem, and (while solving) the progress of its best solution. Indicators are kept as the JSON of
 * {@link PlanIndicators} they were saved as; what is null before the plan ends is marked {@code @Nullable}.
 */
public record PlanView(long id, String territory, PlanStrategy strategy, PlanStatus status, @Nullable String score,
                       @Nullable Long hoursTotal, @Nullable Long hoursAssigned, @Nullable String requestedBy,
                       Instant startedAt, @Nullable Instant endedAt, @Nullable String message,
                       @Nullable @Schema(implementation = PlanIndicators.class) JsonNode indicators,
                       @Nullable String baselineScore,
                       @Nullable @Schema(implementation = PlanIndicators.class) JsonNode baselineIndicators,
                       List<PlanProgressPoint> progress, long version) {
}
