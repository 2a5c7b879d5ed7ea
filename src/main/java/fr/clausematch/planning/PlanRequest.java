package fr.clausematch.planning;

import jakarta.validation.constraints.NotBlank;

/** Asks for a plan of one territory; the strategy defaults to the optimiser. */
public record PlanRequest(@NotBlank(message = "le territoire est obligatoire") String territory, PlanStrategy strategy) {
}
