/**
 * Retention of personal data: on a schedule, people without contact for too long are anonymised through the
 * candidate module, and each anonymisation is audited. Owns no table.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conservation", allowedDependencies = {"audit", "candidate"})
package fr.clausematch.retention;
