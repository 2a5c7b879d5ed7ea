package fr.clausematch.contract;

/** Life of a contract in Clausematch. */
public enum ContractStatus {
    /** Needs submitted by a buyer, not yet taken in hand by a facilitator. */
    SUBMITTED,
    /** Awarded; its slots are open to planning. */
    OPEN,
    /** Work under way. */
    IN_PROGRESS,
    CLOSED,
    CANCELLED
}
