/**
 * Retention of personal data: people without contact for too long are archived, then erased, on a schedule.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conservation", allowedDependencies = {"audit"})
package fr.clausematch.retention;
