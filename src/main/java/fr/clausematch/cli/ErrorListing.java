package fr.clausematch.cli;

import fr.clausematch.dataset.DatasetError;
import fr.clausematch.dataset.DatasetFormatException;

import java.io.PrintStream;

/** Prints every error of a refused dataset, one per line, and gives the exit status for bad input. */
final class ErrorListing {

    private ErrorListing() {
    }

    static int print(DatasetFormatException e, PrintStream err, String title) {
        err.println(title + " : " + e.errors().size() + " erreur(s).");
        for (DatasetError error : e.errors()) {
            err.println("  " + error);
        }
        return Command.USAGE_ERROR;
    }
}
