package fr.clausematch.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A territory organises the work: a département (code such as {@code 21}) or a facilitator's area. */
@Entity
@Table(name = "territory")
public class Territory {

    public enum Kind { DEPARTEMENT, AREA }

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    private Instant createdAt;

    protected Territory() {
    }

    public Territory(String code, String name, Kind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Kind getKind() {
        return kind;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
