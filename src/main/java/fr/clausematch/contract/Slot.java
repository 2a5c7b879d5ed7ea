package fr.clausematch.contract;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One position of insertion hours to fill on a contract (poste, mission). */
@Entity
@Table(name = "slot")
public class Slot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "external_id", nullable = false, unique = true, updatable = false)
    private String externalId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contract_id", nullable = false)
    private Contract contract;

    @Column(nullable = false)
    private String trade;

    @Column(nullable = false)
    private int hours;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "hours_per_week", nullable = false, precision = 4, scale = 1)
    private BigDecimal hoursPerWeek;

    @Column(name = "min_qualification_level", nullable = false)
    private int minQualificationLevel;

    @ElementCollection
    @CollectionTable(name = "slot_licence", joinColumns = @JoinColumn(name = "slot_id"))
    @OrderColumn(name = "position")
    @Column(name = "licence", nullable = false)
    @BatchSize(size = 100)
    private List<String> requiredLicences = new ArrayList<>();

    @Version
    private long version;

    protected Slot() {
    }

    public Slot(String externalId) {
        this.externalId = externalId;
    }

    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public Contract getContract() {
        return contract;
    }

    void setContract(Contract contract) {
        this.contract = contract;
    }

    public String getTrade() {
        return trade;
    }

    public void setTrade(String trade) {
        this.trade = trade;
    }

    public int getHours() {
        return hours;
    }

    public void setHours(int hours) {
        this.hours = hours;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public BigDecimal getHoursPerWeek() {
        return hoursPerWeek;
    }

    public void setHoursPerWeek(BigDecimal hoursPerWeek) {
        this.hoursPerWeek = hoursPerWeek;
    }

    public int getMinQualificationLevel() {
        return minQualificationLevel;
    }

    public void setMinQualificationLevel(int minQualificationLevel) {
        this.minQualificationLevel = minQualificationLevel;
    }

    public List<String> getRequiredLicences() {
        return requiredLicences;
    }

    public void setRequiredLicences(List<String> requiredLicences) {
        this.requiredLicences.clear();
        this.requiredLicences.addAll(requiredLicences);
    }

    public long getVersion() {
        return version;
    }
}
