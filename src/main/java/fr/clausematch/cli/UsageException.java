package fr.clausematch.cli;

/** Bad or unknown command-line arguments: the command prints its usage and exits with status 2. */
public class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
