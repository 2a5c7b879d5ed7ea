package fr.clausematch.contract;

import fr.clausematch.web.validation.Identifier;
import fr.clausematch.web.validation.Latitude;
import fr.clausematch.web.validation.Longitude;
import fr.clausematch.matching.ContractType;
import fr.clausematch.matching.LegalBasis;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A contract's needs as a buyer submits them, or an edit by a facilitator. Slots given on creation
 * are created with it; on update they are ignored (slots have their own endpoints).
 */
public record ContractForm(
        @NotBlank(message = "l'identifiant est obligatoire")
        @Identifier
        String id,
        @NotBlank(message = "l'acheteur est obligatoire")
        @Size(max = 200, message = "200 caractères au plus")
        String buyer,
        @NotBlank(message = "l'intitulé est obligatoire")
        @Size(max = 500, message = "500 caractères au plus")
        String title,
        @NotNull(message = "le type de marché est obligatoire")
        ContractType type,
        @NotNull(message = "la base juridique est obligatoire")
        LegalBasis legalBasis,
        boolean anru,
        @NotBlank(message = "la commune du chantier est obligatoire")
        @Size(max = 200, message = "200 caractères au plus")
        String commune,
        @NotNull(message = "la latitude est obligatoire")
        @Latitude
        Double latitude,
        @NotNull(message = "la longitude est obligatoire")
        @Longitude
        Double longitude,
        @Pattern(regexp = "QP[0-9]{6}", message = "code QPV officiel attendu, par exemple QP021001")
        String qpvCode,
        @NotNull(message = "la date de début est obligatoire")
        LocalDate startDate,
        @NotNull(message = "la date de fin est obligatoire")
        LocalDate endDate,
        @NotNull(message = "le nombre d'heures d'insertion est obligatoire")
        @PositiveOrZero(message = "heures positives ou nulles")
        Integer requiredHours,
        @NotBlank(message = "le territoire est obligatoire")
        String territory,
        ContractStatus status,
        Long version,
        List<@Valid SlotForm> slots) {

    @AssertTrue(message = "la date de fin précède la date de début")
    public boolean isPeriodValid() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    @AssertTrue(message = "deux postes portent le même identifiant")
    public boolean isSlotIdsUnique() {
        return slots == null || slots.stream().map(SlotForm::id).distinct().count() == slots.size();
    }
}
