package fr.clausematch.contract;

import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.LegalBasis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The « Déposer un besoin » page's form: a {@link ContractForm} with the figures of the helper that sizes its
 * insertion hours (they are not stored). Ids left blank are made up on submission, and a need is always submitted.
 */
public class NeedForm extends ContractForm {

    private BigDecimal amount;
    private BigDecimal labourShare;
    private BigDecimal insertionRate;
    private BigDecimal hourlyCost;

    public NeedForm() {
        setSlots(new ArrayList<>());
    }

    static NeedForm blank() {
        NeedForm form = new NeedForm();
        form.setType(ContractType.WORKS);
        form.setLegalBasis(LegalBasis.EXECUTION_CLAUSE);
        form.labourShare = BigDecimal.valueOf(40);
        form.insertionRate = BigDecimal.valueOf(7);
        form.hourlyCost = BigDecimal.valueOf(25);
        form.addSlot();
        return form;
    }

    /** A new slot row, over the contract's period, 35 hours a week, no qualification asked. */
    void addSlot() {
        SlotForm slot = new SlotForm();
        slot.setHoursPerWeek(BigDecimal.valueOf(35));
        slot.setMinQualificationLevel(0);
        slot.setStartDate(getStartDate());
        slot.setEndDate(getEndDate());
        getSlots().add(slot);
    }

    /** Makes it the needs submitted under {@code contractId}: slots {@code contractId-P1}, {@code -P2}…, status SUBMITTED. */
    void submitAs(String contractId) {
        setId(contractId);
        setStatus(ContractStatus.SUBMITTED);
        List<SlotForm> slots = getSlots();
        for (int i = 0; i < slots.size(); i++) {
            slots.get(i).setId(contractId + "-P" + (i + 1));
        }
    }

    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public BigDecimal getLabourShare() { return labourShare; }
    public void setLabourShare(BigDecimal labourShare) { this.labourShare = labourShare; }
    public BigDecimal getInsertionRate() { return insertionRate; }
    public void setInsertionRate(BigDecimal insertionRate) { this.insertionRate = insertionRate; }
    public BigDecimal getHourlyCost() { return hourlyCost; }
    public void setHourlyCost(BigDecimal hourlyCost) { this.hourlyCost = hourlyCost; }
}
