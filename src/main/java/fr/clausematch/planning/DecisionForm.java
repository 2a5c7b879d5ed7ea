package fr.clausematch.planning;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A facilitator's decision on a pairing: the version read, and optionally why. */
public record DecisionForm(@NotNull(message = "la version lue est obligatoire") Long version,
                           @Size(max = 1000, message = "1 000 caractères au plus") String reason) {
}
