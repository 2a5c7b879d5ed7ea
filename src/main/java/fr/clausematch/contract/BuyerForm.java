package fr.clausematch.contract;

import fr.clausematch.limits.FieldLimits;
import fr.clausematch.web.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record BuyerForm(
        @NotBlank(message = "le code est obligatoire") @Size(max = FieldLimits.BUYER, message = FieldLimits.BUYER_MESSAGE) @PlainText String code,
        @NotBlank(message = "le nom est obligatoire") @Size(max = FieldLimits.BUYER, message = FieldLimits.BUYER_MESSAGE) @PlainText String name,
        @NotNull(message = "la famille d'acheteur est obligatoire") BuyerKind kind,
        Long version) {
}
