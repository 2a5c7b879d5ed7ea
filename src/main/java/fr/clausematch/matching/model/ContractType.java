package fr.clausematch.matching.model;

/** The three families of public contracts (travaux, services, prestations intellectuelles). */
public enum ContractType {
    WORKS, SERVICES, INTELLECTUAL_SERVICES
}
