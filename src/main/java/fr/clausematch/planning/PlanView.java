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
 * {@link PlanIndicators} they were saved as; what is null before the plan ends is marked {@code @Nullable}. Once
 * it has ended, its distance to the best: {@code hoursUpperBound}, a proven upper bound on the hours any plan of
 * the territory could fill (its confirmed pairings kept), {@code hoursUpperBoundKind} how it was proven
 * ({@code exact}: the optimum; {@code cp-sat}: the exact solver's proven bound, not closed in its time; {@code +lp}:
 * some parts bounded by the linear relaxation; {@code +slots}: some by the hours of their slots), {@code gapPercent}
 * how far the plan is below it (% of the bound, to a hundredth) and {@code hoursUpperBoundMillis} how long it took;
 * null for a plan without one (made before, too large, or still solving).
 */
public record PlanView(long id, String territory, PlanStrategy strategy, PlanStatus status, @Nullable String score,
                       @Nullable Long hoursTotal, @Nullable Long hoursAssigned, @Nullable String requestedBy,
                       Instant startedAt, @Nullable Instant endedAt, @Nullable String message,
                       @Nullable @Schema(implementation = PlanIndicators.class) JsonNode indicators,
                       @Nullable String baselineScore,
                       @Nullable @Schema(implementation = PlanIndicators.class) JsonNode baselineIndicators,
                       List<PlanProgressPoint> progress, long version,
                       @Nullable @Schema(description = "Borne prouvée : aucun plan ne peut pourvoir plus d'heures") Long hoursUpperBound,
                       @Nullable @Schema(description = "Comment la borne est prouvée : exact, cp-sat, cp-sat+lp, cp-sat+slots, cp-sat+lp+slots") String hoursUpperBoundKind,
                       @Nullable @Schema(description = "Écart du plan à la borne, en % de la borne (au centième)") Double gapPercent,
                       @Nullable Long hoursUpperBoundMillis) {
}
