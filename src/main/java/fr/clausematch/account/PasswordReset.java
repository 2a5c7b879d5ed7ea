package fr.clausematch.account;

/** A new password chosen by an administrator, typed twice. */
public record PasswordReset(String password, String passwordConfirmation) {
}
