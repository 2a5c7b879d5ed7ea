package fr.clausematch.planning;

/** A pairing proposed by a plan, then confirmed (pinned when planning again) or rejected (never proposed again). */
public enum AssignmentStatus {
    PROPOSED, CONFIRMED, REJECTED
}
