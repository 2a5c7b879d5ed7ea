package fr.clausematch.planning;

/**
 * A pairing proposed by a plan, then confirmed (pinned when planning again), rejected (the pair is
 * never proposed again) or unassigned (the slot is freed, the pair may be proposed again).
 */
public enum AssignmentStatus {
    PROPOSED, CONFIRMED, REJECTED, UNASSIGNED
}
