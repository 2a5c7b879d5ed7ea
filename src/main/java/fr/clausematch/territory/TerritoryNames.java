package fr.clausematch.territory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Names of the French départements (resource {@code territory/departements.csv}), to name territories by code. */
public final class TerritoryNames {

    private static final Map<String, String> DEPARTEMENTS = load();

    private TerritoryNames() {
    }

    public static boolean isDepartement(String code) {
        return DEPARTEMENTS.containsKey(code);
    }

    /** Every département code. */
    public static Set<String> departementCodes() {
        return DEPARTEMENTS.keySet();
    }

    /** "Côte-d'Or (21)" for a département code; the code itself for a facilitator's area. */
    public static String nameOf(String code) {
        String name = DEPARTEMENTS.get(code);
        return name == null ? code : name + " (" + code + ")";
    }

    private static Map<String, String> load() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = TerritoryNames.class.getResourceAsStream("/territory/departements.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                int comma = line.indexOf(',');
                names.put(line.substring(0, comma), line.substring(comma + 1).replace("\"", ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }
}
