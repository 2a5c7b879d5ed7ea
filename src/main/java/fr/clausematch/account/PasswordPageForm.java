package fr.clausematch.account;

/** The administrator's password reset form: the new password, typed twice (never shown again). */
public class PasswordPageForm {

    private String password;
    private String passwordConfirmation;

    PasswordReset toReset() {
        return new PasswordReset(password, passwordConfirmation);
    }

    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getPasswordConfirmation() { return passwordConfirmation; }
    public void setPasswordConfirmation(String passwordConfirmation) { this.passwordConfirmation = passwordConfirmation; }
}
