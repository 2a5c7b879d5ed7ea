package fr.clausematch.contract;

/** Published when a contract is created with its slots, so that a plan being solved on its territory can take it in. */
public record ContractSubmitted(String territory, String contractId) {
}
