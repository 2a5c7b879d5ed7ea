package fr.clausematch.planning;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

import java.util.List;

/**
 * Where a person could work (a person's recommendations: {@code candidate} set, {@code slot} null) or who could fill a
 * slot ({@code slot} set), on the latest finished plan of the territory or the plan asked for: the lines ranked by what
 * the plan would gain, then the near misses (one rule missing) ranked by hours. People by their pseudonymous id.
 */
public record RecommendationView(long planId, String territory, @Nullable String candidate, @Nullable String slot,
                                 @Schema(description = "La personne est parmi celles que le territoire planifie (statut repéré, proposé ou en mission)")
                                 boolean planned,
                                 List<Line> lines, List<NearMiss> nearMisses) {

    /**
     * One way to place {@code candidate} on {@code slot}: the trip, the hours, what the plan gains (hours filled, women's
     * and QPV residents' hours), the hand-overs it takes in words ({@code chain}, the first is the pairing itself) and the
     * rules passed in words.
     */
    @Schema(name = "RecommendationLine")
    public record Line(String slot, String contract, String contractType, String trade, @Nullable String tradeName,
                       @Nullable String commune, String candidate, boolean woman, boolean qpvResident,
                       @Schema(description = "Distance domicile-chantier, km (au dixième)") double distanceKm, int hours,
                       @Schema(description = "Heures pourvues en plus dans le plan") long gainHours,
                       @Schema(description = "Heures aux femmes en plus") long gainWomenHours,
                       @Schema(description = "Heures aux habitants des QPV en plus") long gainQpvHours,
                       @Schema(description = "Quelqu'un perd un poste ou un poste reste vide en chemin") boolean displaces,
                       List<String> chain, String rules) {
    }

    /** A pair missing one rule: which ({@code rule}, e.g. LICENCES) and in words ({@code reason}). */
    @Schema(name = "RecommendationNearMiss")
    public record NearMiss(String slot, String contract, String trade, @Nullable String tradeName, @Nullable String commune,
                           String candidate, int hours, String rule, String reason) {
    }
}
