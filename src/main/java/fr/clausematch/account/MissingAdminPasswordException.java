package fr.clausematch.account;

/** An external database without an administrator, and no password given to create one: the app does not start. */
class MissingAdminPasswordException extends IllegalStateException {

    MissingAdminPasswordException(String message) {
        super(message);
    }
}
