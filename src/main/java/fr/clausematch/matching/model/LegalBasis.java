package fr.clausematch.matching.model;

/** Legal ground of the insertion clause in the French public procurement code (CCP). */
public enum LegalBasis {
    /** CCP L2112-2: the clause is an execution condition. */
    EXECUTION_CLAUSE,
    /** CCP L2152-7: the clause is an award criterion. */
    AWARD_CRITERION,
    /** CCP L2113-13: contract reserved to insertion structures (SIAE): candidates need a PASS IAE. */
    RESERVED_SIAE,
    /** CCP L2113-12: contract reserved to disability structures (EA/ESAT): candidates need RQTH. */
    RESERVED_DISABILITY,
    /** CCP R2123-1: contract whose very purpose is insertion. */
    INSERTION_CONTRACT
}
