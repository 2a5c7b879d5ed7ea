/**
 * Account administration: accounts, their roles and territories, passwords, the first administrator and the
 * demo accounts, personal access tokens, their pages and API, and the sign-in page.
 * Owns tables app_user, app_user_territory and access_token.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Comptes", allowedDependencies = {"shared", "web", "security", "audit", "territory", "contract", "database"})
package fr.clausematch.account;
