package fr.clausematch.batch;

import java.util.Locale;

/**
 * Where a run's partitions are planned: on threads of the process that runs the job ({@code local}, the default),
 * or by worker processes listening to a RabbitMQ queue ({@code remote}: {@code java -jar clausematch.jar worker}).
 * A run records it as its job parameter {@value #PARAMETER}, so that a restart plans it the same way.
 */
public enum Workers {
    LOCAL, REMOTE;

    static final String PARAMETER = "workers";

    /** The word of the command line and the API: {@code local} or {@code remote}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code local} (also for null or blank) or {@code remote}; else {@link IllegalArgumentException}, in French. */
    public static Workers parse(String text) {
        if (text == null || text.isBlank()) {
            return LOCAL;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "local" -> LOCAL;
            case "remote" -> REMOTE;
            default -> throw new IllegalArgumentException("ouvriers inconnus : « " + text + " » (attendu local ou remote)");
        };
    }
}
