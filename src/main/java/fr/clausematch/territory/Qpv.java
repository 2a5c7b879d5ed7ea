package fr.clausematch.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A priority neighbourhood of the city policy (quartier prioritaire de la politique de la ville). */
@Entity
@Table(name = "qpv")
public class Qpv {

    @Id
    private String code;

    private String name;

    private String commune;

    @Column(name = "territory_code")
    private String territoryCode;

    protected Qpv() {
    }

    public Qpv(String code, String name, String commune, String territoryCode) {
        this.code = code;
        this.name = name;
        this.commune = commune;
        this.territoryCode = territoryCode;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCommune() {
        return commune;
    }

    public String getTerritoryCode() {
        return territoryCode;
    }
}
