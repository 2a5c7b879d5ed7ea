package fr.clausematch.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Arguments of a command: positional values and {@code --name value} options, checked against the
 * options the command knows. Anything else is a {@link UsageException}.
 */
public final class CommandArguments {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    private CommandArguments() {
    }

    public static CommandArguments parse(List<String> args, Set<String> knownOptions) {
        CommandArguments parsed = new CommandArguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String value = null;
                int equals = name.indexOf('=');
                if (equals >= 0) {
                    value = name.substring(equals + 1);
                    name = name.substring(0, equals);
                }
                if (!knownOptions.contains(name)) {
                    throw new UsageException("option inconnue : --" + name);
                }
                if (value == null) {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        throw new UsageException("valeur manquante après --" + name);
                    }
                    value = args.get(++i);
                }
                if (parsed.options.put(name, value) != null) {
                    throw new UsageException("option répétée : --" + name);
                }
            } else {
                parsed.positional.add(arg);
            }
        }
        return parsed;
    }

    public List<String> positional() {
        return positional;
    }

    /** Requires exactly {@code count} positional arguments. */
    public CommandArguments expectPositional(int count) {
        if (positional.size() != count) {
            throw new UsageException(count == 0 ? "argument en trop : " + positional
                    : "attendu " + count + " argument(s), reçu " + positional.size());
        }
        return this;
    }

    public String option(String name) {
        return options.get(name);
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    public String requiredOption(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new UsageException("option obligatoire manquante : --" + name);
        }
        return value;
    }

    public int intOption(String name, int fallback, int min, int max) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < min || parsed > max) {
                throw new UsageException("--" + name + " doit être entre " + min + " et " + max + " : " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " attend un nombre entier : " + value);
        }
    }

    public long longOption(String name, long fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " attend un nombre entier : " + value);
        }
    }

    /** {@code yes} or {@code no}; the fallback when the option is absent. */
    public boolean yesNoOption(String name, boolean fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        return switch (value) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new UsageException("--" + name + " attend yes ou no : " + value);
        };
    }

    public int requiredIntOption(String name, int min, int max) {
        requiredOption(name);
        return intOption(name, 0, min, max);
    }
}
