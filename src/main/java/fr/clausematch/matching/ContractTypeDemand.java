package fr.clausematch.matching;

/** Problem fact: the insertion hours of all slots of one contract type (the denominator of its fill rate). */
public record ContractTypeDemand(ContractType type, long hours) {
}
