package fr.clausematch.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} options of a command: each known at most once, each with a value. */
final class CommandOptions {

    private CommandOptions() {
    }

    /** The options by name, or null (after saying why on {@code err}) when an argument is unknown, repeated or has no value. */
    static Map<String, String> parse(List<String> args, List<String> known, PrintStream err) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String key = args.get(i);
            if (!known.contains(key) || i + 1 >= args.size() || options.containsKey(key)) {
                err.println("Argument inattendu, répété ou sans valeur : " + key);
                return null;
            }
            options.put(key, args.get(i + 1));
        }
        return options;
    }
}
