package fr.clausematch.candidate;

/** Where a person stands in their path (parcours). */
public enum CandidateStatus {
    /** Identified by a facilitator, waiting for a mission. */
    IDENTIFIED,
    /** Proposed to an employer on a slot. */
    PROPOSED,
    /** Working on a mission. */
    IN_MISSION,
    /** Path ended (positive exit or not). */
    EXITED,
    /** Kept for figures only; personal data anonymised. */
    ARCHIVED
}
