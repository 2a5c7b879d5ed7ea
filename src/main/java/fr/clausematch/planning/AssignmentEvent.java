package fr.clausematch.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** One step of an assignment's history: its status before and after, who and why. */
@Entity
@Table(name = "assignment_event")
public class AssignmentEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false, updatable = false)
    private Assignment assignment;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private AssignmentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private AssignmentStatus toStatus;

    private String actor;

    private String reason;

    @Column(nullable = false)
    private Instant at = Instant.now();

    protected AssignmentEvent() {
    }

    public AssignmentEvent(Assignment assignment, AssignmentStatus fromStatus, AssignmentStatus toStatus,
                           String actor, String reason) {
        this.assignment = assignment;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.actor = actor;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public AssignmentStatus getFromStatus() {
        return fromStatus;
    }

    public AssignmentStatus getToStatus() {
        return toStatus;
    }

    public String getActor() {
        return actor;
    }

    public String getReason() {
        return reason;
    }

    public Instant getAt() {
        return at;
    }
}
