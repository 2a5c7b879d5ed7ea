/**
 * The audit journal of personal data: who read, changed, exported or deleted what, and its page.
 * Owns table audit_event.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Journal", allowedDependencies = {"web"})
package fr.clausematch.audit;
