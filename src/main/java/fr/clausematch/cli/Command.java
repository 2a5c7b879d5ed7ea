package fr.clausematch.cli;

import java.io.PrintStream;
import java.util.List;

/** A command of the jar's command line ({@code java -jar clausematch.jar NAME ARGS}). */
public interface Command {

    /** Exit status for bad or unknown arguments. */
    int USAGE_ERROR = 2;

    String name();

    /** One usage line or more, printed on bad arguments and by {@code help}. */
    String usage();

    /** Runs the command; returns the process exit status (0 ok, 1 failure, 2 bad arguments or bad input). */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
