package fr.clausematch.planning;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

import java.time.Instant;
import java.util.List;

/**
 * What a share target costs on a territory: the curve of the most hours filled with the share of hours to women (or
 * QPV residents) held at least at each target, by rising target (the first without target: the plain plan's optimum),
 * beside the territory's latest optimised plan and the first-come-first-served baseline. {@code status}: NONE (not
 * computed for the territory's current data), RUNNING ({@code done} steps of {@code total}), DONE, FAILED.
 */
public record TargetCostView(
        String territory,
        @Schema(description = "WOMEN : part des heures aux femmes ; QPV : part des heures aux résidents des QPV") TargetShare share,
        Status status,
        @Schema(description = "Étapes faites (recherches exactes)") int done,
        @Schema(description = "Étapes en tout (connu une fois le plan sans cible calculé)") int total,
        @Nullable Instant startedAt,
        @Nullable @Schema(description = "Durée du calcul, en secondes") Double seconds,
        List<Point> points,
        @Nullable @Schema(description = "Le dernier plan optimisé terminé du territoire") Mark currentPlan,
        @Nullable @Schema(description = "Premier arrivé, premier servi, sur les données actuelles") Mark baseline,
        @Nullable String message) {

    public enum Status { NONE, RUNNING, DONE, FAILED }

    /**
     * One point of the curve.
     *
     * @param target      share held at least (0 to 1; 0: no target)
     * @param hours       most hours filled found at this target
     * @param share       share reached (of the hours filled)
     * @param hoursBound  proven upper bound on the hours at this target
     * @param optimal     whether the hours are proven the most at this target ({@code hours == hoursBound})
     * @param cost        hours lost against the plan without target
     * @param costShare   the same, as a share of the plan without target's hours
     */
    public record Point(double target, long hours, double share, long hoursBound, boolean optimal, long cost,
                        double costShare) {
    }

    /** A plan's place on the chart: its hours filled and its share. */
    public record Mark(long hours, double share) {
    }

    static TargetCostView none(String territory, TargetShare share) {
        return new TargetCostView(territory, share, Status.NONE, 0, 0, null, null, List.of(), null, null, null);
    }
}
