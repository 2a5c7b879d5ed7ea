/**
 * Who is signed in: sign-in by form, HTTP Basic or personal access token, its throttle, the signed-in user with
 * role and territories ({@link fr.clausematch.security.CurrentUser}), and the filter chains. Accounts and tokens
 * are kept by the account module behind {@link fr.clausematch.security.AccountDirectory} and
 * {@link fr.clausematch.security.AccessTokenLookup}. Owns table login_failure.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Connexion", allowedDependencies = {"shared", "web"})
package fr.clausematch.security;
