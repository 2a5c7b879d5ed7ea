package fr.clausematch.matching.model;

import org.optaplanner.core.api.domain.lookup.PlanningId;

/** Problem fact: the insertion hours of all slots of one contract type (the denominator of its fill rate). */
public record ContractTypeDemand(ContractType type, long hours) {

    /** One demand per type: the type is its planning id (problem changes look it up by it). */
    @PlanningId
    @Override
    public ContractType type() {
        return type;
    }
}
