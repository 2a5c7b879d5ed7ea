package fr.clausematch.dataset.trades;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The ROME codes and their names ({@code rome.csv}: France Travail's ROME v3, version 346, under the Licence
 * Ouverte; English names translated for Clausematch), read once. A code the referential does not hold is shown
 * as it is, never refused here: the stored value is the code, whatever the referential says of it.
 *
 * <p>Search is by code or by name, in French or English, ignoring case, accents and the ligatures œ and æ:
 * {@code "gros oeuvre"}, {@code "GROS ŒUVRE"} and {@code "f17"} all find F1704.
 */
public final class RomeReferential {

    /** A ROME code's shape (the same as {@code FieldLimits.ROME_REGEX}). */
    private static final Pattern CODE = Pattern.compile("[A-Z][0-9]{4}");
    private static final Pattern CODE_THEN_NAME = Pattern.compile("([A-Za-z][0-9]{4})(?:\\s+.*)?", Pattern.DOTALL);
    private static final Pattern CODE_PREFIX = Pattern.compile("[a-z][0-9]{0,4}");
    private static final String RESOURCE = "rome.csv";

    private final Map<String, Trade> byCode;

    RomeReferential(Collection<Trade> trades) {
        Map<String, Trade> map = new LinkedHashMap<>();
        trades.stream().sorted(Comparator.comparing(Trade::code)).forEach(t -> {
            if (map.putIfAbsent(t.code(), t) != null) {
                throw new IllegalArgumentException("code ROME en double dans le référentiel : " + t.code());
            }
        });
        this.byCode = Collections.unmodifiableMap(map);
    }

    /** The referential shipped with the application, read on first use. */
    public static RomeReferential standard() {
        return Shipped.INSTANCE;
    }

    private static final class Shipped {
        static final RomeReferential INSTANCE = read(RESOURCE);
    }

    static RomeReferential read(String resource) {
        try (InputStream in = RomeReferential.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("référentiel ROME introuvable : " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines {@code code;fr;en} after a header {@code code;fr;en}; lines starting with {@code #} are comments. */
    static RomeReferential parse(List<String> lines) {
        List<Trade> trades = new ArrayList<>();
        boolean header = true;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] cells = line.split(";", -1);
            if (cells.length != 3 || !CODE.matcher(cells[0]).matches() || cells[1].isBlank() || cells[2].isBlank()) {
                throw new IllegalArgumentException("ligne invalide du référentiel ROME : " + line);
            }
            trades.add(new Trade(cells[0], cells[1].strip(), cells[2].strip()));
        }
        return new RomeReferential(trades);
    }

    /** Every trade, by code. */
    public List<Trade> all() {
        return List.copyOf(byCode.values());
    }

    public int size() {
        return byCode.size();
    }

    public Optional<Trade> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip()));
    }

    public boolean knows(String code) {
        return find(code).isPresent();
    }

    /**
     * The trade as the pages show it: {@code F1704 Préparation du gros oeuvre et des travaux publics}; a code the
     * referential does not hold, alone; nothing, empty.
     */
    public String label(String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return find(code).map(t -> t.label(locale)).orElse(code.strip());
    }

    /** The labels of several codes, joined with commas, in their order. */
    public String labels(Collection<String> codes, Locale locale) {
        return codes == null ? "" : codes.stream().map(c -> label(c, locale)).collect(Collectors.joining(", "));
    }

    /**
     * The trades a typed text designates, best first: the trades whose code starts with the text ({@code f17},
     * {@code F1704}), or else those whose French or English name holds every word of the text (a name equal to the text first).
     */
    public List<Trade> search(String text) {
        String query = fold(text);
        if (query.isEmpty()) {
            return List.of();
        }
        if (CODE_PREFIX.matcher(query).matches()) {
            String upper = query.toUpperCase(Locale.ROOT);
            return byCode.values().stream().filter(t -> t.code().startsWith(upper)).toList();
        }
        List<String> words = Arrays.stream(query.split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
        List<Trade> exact = new ArrayList<>();
        List<Trade> others = new ArrayList<>();
        for (Trade t : byCode.values()) {
            String fr = fold(t.french());
            String en = fold(t.english());
            if (fr.equals(query) || en.equals(query)) {
                exact.add(t);
            } else if (!words.isEmpty() && words.stream().allMatch(w -> fr.contains(w) || en.contains(w))) {
                others.add(t);
            }
        }
        exact.addAll(others);
        return exact;
    }

    /**
     * The code a form's typed text stands for: a ROME code as it is (known or not, in capitals); a choice of the list,
     * {@code F1703 Maçonnerie}, its code; a trade's whole name, in French or English (case, accents and ligatures
     * aside), its code. Empty for anything else: part of a name is a search ({@link #search}), not a choice.
     */
    public Optional<String> resolve(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.strip();
        var codeFirst = CODE_THEN_NAME.matcher(typed);
        if (codeFirst.matches()) {
            return Optional.of(codeFirst.group(1).toUpperCase(Locale.ROOT));
        }
        String query = fold(typed);
        List<String> named = byCode.values().stream()
                .filter(t -> fold(t.french()).equals(query) || fold(t.english()).equals(query)).map(Trade::code).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** Lower case, without accents, œ and æ spelt out, blanks collapsed: how names are compared. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String spelt = text.replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae");
        return Normalizer.normalize(spelt, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[’']", "'").replaceAll("\\s+", " ").strip();
    }
}
