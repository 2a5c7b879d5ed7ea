/**
 * The people facilitators register: their records, criteria, trades and licences, their pages, API, exports and
 * personal data. Owns tables candidate, candidate_eligibility, candidate_trade and candidate_licence.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Candidats", allowedDependencies = {"shared", "web", "web :: validation", "limits", "security", "audit", "territory", "dataset", "matching :: model"})
package fr.clausematch.candidate;
