package fr.clausematch.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One planning run over one territory, and the figures of its best solution. */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "territory_code", nullable = false, updatable = false)
    private String territoryCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PlanStrategy strategy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status = PlanStatus.QUEUED;

    private String score;

    @Column(name = "hours_total")
    private Long hoursTotal;

    @Column(name = "hours_assigned")
    private Long hoursAssigned;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt = Instant.now();

    @Column(name = "ended_at")
    private Instant endedAt;

    /** The plan's indicators (JSON of {@code PlanIndicators}) at its last saved best solution. */
    private String indicators;

    /** The first-come-first-served baseline's indicators on the same problem, as JSON. */
    @Column(name = "baseline_indicators")
    private String baselineIndicators;

    @Column(name = "baseline_score")
    private String baselineScore;

    /** Why the plan failed or was stopped, for the facilitator. */
    private String message;

    /** The process solving the plan ({@code ProcessOwner}), so that only a dead owner's plan is marked interrupted. */
    @Column(updatable = false)
    private String owner;

    /** The batch run that made the plan, if a batch did; a run makes at most one plan per territory. */
    @Column(name = "batch_run", updatable = false)
    private Long batchRun;

    /**
     * Once the solve has ended: a proven upper bound on the hours any plan of the problem could fill, how it was proven
     * ({@code PlanBound#kind()}), the plan's gap to it (% of the bound, to a hundredth) and how long it took; null if
     * none (columns named by Spring's naming strategy, {@code hours_upper_bound}…).
     */
    private Long hoursUpperBound;
    private String hoursUpperBoundKind;
    private Double gapPercent;
    private Long hoursUpperBoundMillis;

    @Version
    private long version;

    protected Plan() {
    }

    public Plan(String territoryCode, PlanStrategy strategy, String requestedBy) {
        this.territoryCode = territoryCode;
        this.strategy = strategy;
        this.requestedBy = requestedBy;
    }

    public Plan(String territoryCode, PlanStrategy strategy, String requestedBy, String owner, Long batchRun) {
        this(territoryCode, strategy, requestedBy);
        this.owner = owner;
        this.batchRun = batchRun;
    }

    public Long getId() {
        return id;
    }

    public String getTerritoryCode() {
        return territoryCode;
    }

    public PlanStrategy getStrategy() {
        return strategy;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public void setStatus(PlanStatus status) {
        this.status = status;
    }

    public String getScore() {
        return score;
    }

    public void setScore(String score) {
        this.score = score;
    }

    public Long getHoursTotal() {
        return hoursTotal;
    }

    public void setHoursTotal(Long hoursTotal) {
        this.hoursTotal = hoursTotal;
    }

    public Long getHoursAssigned() {
        return hoursAssigned;
    }

    public void setHoursAssigned(Long hoursAssigned) {
        this.hoursAssigned = hoursAssigned;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public void setEndedAt(Instant endedAt) {
        this.endedAt = endedAt;
    }

    public String getIndicators() {
        return indicators;
    }

    public void setIndicators(String indicators) {
        this.indicators = indicators;
    }

    public String getBaselineIndicators() {
        return baselineIndicators;
    }

    public void setBaselineIndicators(String baselineIndicators) {
        this.baselineIndicators = baselineIndicators;
    }

    public String getBaselineScore() {
        return baselineScore;
    }

    public void setBaselineScore(String baselineScore) {
        this.baselineScore = baselineScore;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public long getVersion() {
        return version;
    }

    public String getOwner() {
        return owner;
    }

    public Long getBatchRun() {
        return batchRun;
    }

    public Long getHoursUpperBound() {
        return hoursUpperBound;
    }

    public String getHoursUpperBoundKind() {
        return hoursUpperBoundKind;
    }

    public Double getGapPercent() {
        return gapPercent;
    }

    public Long getHoursUpperBoundMillis() {
        return hoursUpperBoundMillis;
    }
}
