package fr.clausematch.contract;

import fr.clausematch.limits.FieldLimits;
import fr.clausematch.web.validation.DateInRange;
import fr.clausematch.web.validation.Identifier;
import fr.clausematch.web.validation.RomeCode;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A slot as a buyer or a facilitator enters it, with the checks of the exchange format: the body of the
 * API's slot routes, and a slot row of a contract's form (on the needs page, its licences typed as text and
 * its id made up on submission).
 */
public class SlotForm {

    @NotBlank(message = "l'identifiant est obligatoire")
    @Identifier
    private String id;
    @NotBlank(message = "le métier est obligatoire")
    @RomeCode
    private String trade;
    @NotNull(message = "le nombre d'heures est obligatoire")
    @PositiveOrZero(message = "heures positives ou nulles")
    private Integer hours;
    @NotNull(message = "la date de début est obligatoire")
    @DateInRange
    private LocalDate startDate;
    @NotNull(message = "la date de fin est obligatoire")
    @DateInRange
    private LocalDate endDate;
    @NotNull(message = "le nombre d'heures par semaine est obligatoire")
    @DecimalMin(value = "0", message = "heures positives ou nulles")
    @DecimalMax(value = "" + FieldLimits.WEEKLY_HOURS_MAX, message = "168 heures par semaine au plus")
    @Digits(integer = 3, fraction = 1, message = "une décimale au plus, par exemple 17.5")
    private BigDecimal hoursPerWeek;
    private Integer minQualificationLevel;
    private List<@Pattern(regexp = FieldLimits.LICENCE_REGEX, message = "code de permis ou d'habilitation attendu, par exemple CACES_R482") String> requiredLicences;
    private Long version;

    @AssertTrue(message = "la date de fin précède la date de début")
    public boolean isPeriodValid() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    @AssertTrue(message = "niveau 0 (aucun) ou de 3 à 8")
    public boolean isMinQualificationLevelValid() {
        return minQualificationLevel == null || minQualificationLevel == 0
                || (minQualificationLevel >= 3 && minQualificationLevel <= 8);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getTrade() { return trade; }
    public void setTrade(String trade) { this.trade = trade; }
    public Integer getHours() { return hours; }
    public void setHours(Integer hours) { this.hours = hours; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public BigDecimal getHoursPerWeek() { return hoursPerWeek; }
    public void setHoursPerWeek(BigDecimal hoursPerWeek) { this.hoursPerWeek = hoursPerWeek; }
    public Integer getMinQualificationLevel() { return minQualificationLevel; }
    public void setMinQualificationLevel(Integer minQualificationLevel) { this.minQualificationLevel = minQualificationLevel; }
    public List<String> getRequiredLicences() { return requiredLicences; }
    public void setRequiredLicences(List<String> requiredLicences) { this.requiredLicences = requiredLicences; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
