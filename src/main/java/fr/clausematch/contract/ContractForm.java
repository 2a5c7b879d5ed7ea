package fr.clausematch.contract;

import fr.clausematch.limits.FieldLimits;
import fr.clausematch.web.validation.DateInRange;
import fr.clausematch.web.validation.Identifier;
import fr.clausematch.web.validation.Latitude;
import fr.clausematch.web.validation.Longitude;
import fr.clausematch.web.validation.PlainText;
import fr.clausematch.web.validation.QpvCode;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.LegalBasis;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
        @Size(max = FieldLimits.BUYER, message = FieldLimits.BUYER_MESSAGE)
        @PlainText
        String buyer,
        @NotBlank(message = "l'intitulé est obligatoire")
        @Size(max = FieldLimits.TITLE, message = FieldLimits.TITLE_MESSAGE)
        @PlainText
        String title,
        @NotNull(message = "le type de marché est obligatoire")
        ContractType type,
        @NotNull(message = "la base juridique est obligatoire")
        LegalBasis legalBasis,
        boolean anru,
        @Size(max = FieldLimits.COMMUNE, message = FieldLimits.COMMUNE_MESSAGE)
        @PlainText
        String commune,
        @NotNull(message = "la latitude est obligatoire")
        @Latitude
        Double latitude,
        @NotNull(message = "la longitude est obligatoire")
        @Longitude
        Double longitude,
        @QpvCode
        String qpvCode,
        @NotNull(message = "la date de début est obligatoire")
        @DateInRange
        LocalDate startDate,
        @NotNull(message = "la date de fin est obligatoire")
        @DateInRange
        LocalDate endDate,
        @NotNull(message = "le nombre d'heures d'insertion est obligatoire")
        @PositiveOrZero(message = "heures positives ou nulles")
        Integer requiredHours,
        @NotBlank(message = "le territoire est obligatoire")
        @Size(max = FieldLimits.TERRITORY, message = "64 caractères au plus")
        String territory,
        ContractStatus status,
        Long version,
        List<@Valid SlotForm> slots) {

    /** An empty commune is not stated (DATA-FORMAT.md: it is shown, never used by a rule). */
    public ContractForm {
        commune = commune == null || commune.isBlank() ? null : commune;
    }

    @AssertTrue(message = "la date de fin précède la date de début")
    public boolean isPeriodValid() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    @AssertTrue(message = "deux postes portent le même identifiant")
    public boolean isSlotIdsUnique() {
        return slots == null || slots.stream().map(SlotForm::id).distinct().count() == slots.size();
    }
}
