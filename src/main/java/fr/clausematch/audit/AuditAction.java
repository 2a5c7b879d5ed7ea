package fr.clausematch.audit;

/** What was done to a person's record. */
public enum AuditAction {
    READ, CREATE, UPDATE, DELETE, READ_SENSITIVE, EXPORT, ANONYMISE
}
