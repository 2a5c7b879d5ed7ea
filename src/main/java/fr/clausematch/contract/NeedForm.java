package fr.clausematch.contract;

import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.LegalBasis;
import fr.clausematch.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A buyer's needs as typed in the "Déposer un besoin" page: the contract, the helper that sizes its
 * insertion hours, and its slots. Ids left blank are made up on submission.
 */
public class NeedForm {

    private String buyer;
    private String id;
    private String title;
    private ContractType type;
    private LegalBasis legalBasis;
    private boolean anru;
    private String commune;
    private Double latitude;
    private Double longitude;
    private String qpvCode;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;
    private Integer requiredHours;
    private String territory;
    private BigDecimal amount;
    private BigDecimal labourShare;
    private BigDecimal insertionRate;
    private BigDecimal hourlyCost;
    private List<SlotLine> slots = new ArrayList<>();

    /** One slot row of the form. */
    public static class SlotLine {
        private String trade;
        private Integer hours;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate startDate;
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate endDate;
        private BigDecimal hoursPerWeek;
        private Integer minQualificationLevel;
        private String requiredLicences;

        SlotForm toForm(String id) {
            return new SlotForm(id, trade, hours, startDate, endDate, hoursPerWeek, minQualificationLevel,
                    FormErrors.splitList(requiredLicences), null);
        }

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
        public String getRequiredLicences() { return requiredLicences; }
        public void setRequiredLicences(String requiredLicences) { this.requiredLicences = requiredLicences; }
    }

    static NeedForm blank() {
        NeedForm form = new NeedForm();
        form.type = ContractType.WORKS;
        form.legalBasis = LegalBasis.EXECUTION_CLAUSE;
        form.labourShare = BigDecimal.valueOf(40);
        form.insertionRate = BigDecimal.valueOf(7);
        form.hourlyCost = BigDecimal.valueOf(25);
        form.addSlot();
        return form;
    }

    void addSlot() {
        SlotLine line = new SlotLine();
        line.hoursPerWeek = BigDecimal.valueOf(35);
        line.minQualificationLevel = 0;
        line.startDate = startDate;
        line.endDate = endDate;
        slots.add(line);
    }

    ContractForm toForm(String contractId) {
        List<SlotForm> slotForms = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            slotForms.add(slots.get(i).toForm(contractId + "-P" + (i + 1)));
        }
        return new ContractForm(contractId, buyer, title, type, legalBasis, anru, commune, latitude, longitude, qpvCode,
                startDate, endDate, requiredHours, territory, ContractStatus.SUBMITTED, null, slotForms);
    }

    public String getBuyer() { return buyer; }
    public void setBuyer(String buyer) { this.buyer = buyer; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public ContractType getType() { return type; }
    public void setType(ContractType type) { this.type = type; }
    public LegalBasis getLegalBasis() { return legalBasis; }
    public void setLegalBasis(LegalBasis legalBasis) { this.legalBasis = legalBasis; }
    public boolean isAnru() { return anru; }
    public void setAnru(boolean anru) { this.anru = anru; }
    public String getCommune() { return commune; }
    public void setCommune(String commune) { this.commune = commune; }
    public Double getLatitude() { return latitude; }
    public void setLatitude(Double latitude) { this.latitude = latitude; }
    public Double getLongitude() { return longitude; }
    public void setLongitude(Double longitude) { this.longitude = longitude; }
    public String getQpvCode() { return qpvCode; }
    public void setQpvCode(String qpvCode) { this.qpvCode = qpvCode; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public Integer getRequiredHours() { return requiredHours; }
    public void setRequiredHours(Integer requiredHours) { this.requiredHours = requiredHours; }
    public String getTerritory() { return territory; }
    public void setTerritory(String territory) { this.territory = territory; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public BigDecimal getLabourShare() { return labourShare; }
    public void setLabourShare(BigDecimal labourShare) { this.labourShare = labourShare; }
    public BigDecimal getInsertionRate() { return insertionRate; }
    public void setInsertionRate(BigDecimal insertionRate) { this.insertionRate = insertionRate; }
    public BigDecimal getHourlyCost() { return hourlyCost; }
    public void setHourlyCost(BigDecimal hourlyCost) { this.hourlyCost = hourlyCost; }
    public List<SlotLine> getSlots() { return slots; }
    public void setSlots(List<SlotLine> slots) { this.slots = slots; }
}
