package fr.clausematch.contract;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record BuyerForm(
        @NotBlank(message = "le code est obligatoire") @Size(max = 200, message = "200 caractères au plus") String code,
        @NotBlank(message = "le nom est obligatoire") @Size(max = 200, message = "200 caractères au plus") String name,
        @NotNull(message = "la famille d'acheteur est obligatoire") BuyerKind kind,
        Long version) {
}
