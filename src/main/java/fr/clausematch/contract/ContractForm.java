package fr.clausematch.contract;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import fr.clausematch.limits.FieldLimits;
import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.LegalBasis;
import fr.clausematch.web.validation.DateInRange;
import fr.clausematch.web.validation.Identifier;
import fr.clausematch.web.validation.PlaceForm;
import fr.clausematch.web.validation.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A contract's needs as a buyer submits them, or an edit by a facilitator: the body of the API (the work
 * site flat in JSON), and, through {@link NeedForm}, the form of the « Déposer un besoin » page (the site as
 * {@code place.*}). Slots given on creation are created with it; on update they are ignored (slots have their
 * own endpoints).
 */
public class ContractForm {

    @NotBlank(message = "l'identifiant est obligatoire")
    @Identifier
    private String id;
    @NotBlank(message = "l'acheteur est obligatoire")
    @Size(max = FieldLimits.BUYER, message = FieldLimits.BUYER_MESSAGE)
    @PlainText
    private String buyer;
    @NotBlank(message = "l'intitulé est obligatoire")
    @Size(max = FieldLimits.TITLE, message = FieldLimits.TITLE_MESSAGE)
    @PlainText
    private String title;
    @NotNull(message = "le type de marché est obligatoire")
    private ContractType type;
    @NotNull(message = "la base juridique est obligatoire")
    private LegalBasis legalBasis;
    private boolean anru;
    @Valid
    @JsonUnwrapped
    private PlaceForm place = new PlaceForm();
    @NotNull(message = "la date de début est obligatoire")
    @DateInRange
    private LocalDate startDate;
    @NotNull(message = "la date de fin est obligatoire")
    @DateInRange
    private LocalDate endDate;
    @NotNull(message = "le nombre d'heures d'insertion est obligatoire")
    @PositiveOrZero(message = "heures positives ou nulles")
    private Integer requiredHours;
    @NotBlank(message = "le territoire est obligatoire")
    @Size(max = FieldLimits.TERRITORY, message = "64 caractères au plus")
    private String territory;
    private ContractStatus status;
    private Long version;
    private List<@Valid SlotForm> slots;

    @AssertTrue(message = "la date de fin précède la date de début")
    public boolean isPeriodValid() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    @AssertTrue(message = "deux postes portent le même identifiant")
    public boolean isSlotIdsUnique() {
        return slots == null || slots.stream().map(SlotForm::getId).distinct().count() == slots.size();
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getBuyer() { return buyer; }
    public void setBuyer(String buyer) { this.buyer = buyer; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public ContractType getType() { return type; }
    public void setType(ContractType type) { this.type = type; }
    public LegalBasis getLegalBasis() { return legalBasis; }
    public void setLegalBasis(LegalBasis legalBasis) { this.legalBasis = legalBasis; }
    public boolean isAnru() { return anru; }
    public void setAnru(boolean anru) { this.anru = anru; }
    public PlaceForm getPlace() { return place; }
    public void setPlace(PlaceForm place) { this.place = place; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public Integer getRequiredHours() { return requiredHours; }
    public void setRequiredHours(Integer requiredHours) { this.requiredHours = requiredHours; }
    public String getTerritory() { return territory; }
    public void setTerritory(String territory) { this.territory = territory; }
    public ContractStatus getStatus() { return status; }
    public void setStatus(ContractStatus status) { this.status = status; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public List<SlotForm> getSlots() { return slots; }
    public void setSlots(List<SlotForm> slots) { this.slots = slots; }
}
