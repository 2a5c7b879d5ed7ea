package fr.clausematch.exchange;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The mutations of {@link ImportFuzzTest}: bytes, lines and cells of the three files changed at random (seeded). */
final class ImportMutations {

    private static final String[] EDGE_DATES = {"1899-12-31", "1900-01-01", "2100-12-31", "2101-01-01", "0000-01-01",
            "1582-10-10", "9999-12-31", "2026-02-30", "2026-13-01", "+2026-01-01", "2026-1-1"};
    private static final String[] EDGE_NUMBERS = {"1899", "1900", "2100", "2101", "0000", "9999", "-1", "0", "168", "168.1",
            "17.55", "999999999", "2147483648", "1e3", "NaN", "Infinity", "0x10", "12,5", " 35 ", "-0", "91", "-180.0001"};
    private static final String[] TEXTS = {"=HYPERLINK(\"http://x\")", "+1", "-1+2", "@SUM(A1)", "\tTab", "\"", "\"\"",
            "a\u0000b", "\u0007", "é\u0301", "😀", "QN07511M", "QP02A001", "QX000000", "", " ", "|", "||", "B||C",
            "RSA|RSA", "DROP TABLE candidate;--", "<script>x</script>", "\r", "\n", "\r\n"};
    private static final int KINDS = 16;

    private ImportMutations() {
    }

    /** Applies one to three mutations to the files (name without .csv -> bytes); returns what was done. */
    static List<String> mutate(Random random, Map<String, byte[]> files) {
        List<String> applied = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String file = List.copyOf(files.keySet()).get(random.nextInt(files.size()));
            int kind = random.nextInt(KINDS);
            files.put(file, apply(kind, random, files.get(file)));
            applied.add(file + ":" + kind);
        }
        return applied;
    }

    private static byte[] apply(int kind, Random random, byte[] bytes) {
        return switch (kind) {
            case 0 -> Arrays.copyOf(bytes, random.nextInt(6) == 0 ? 0 : random.nextInt(bytes.length + 1)); // truncated
            case 1 -> insert(bytes, random.nextInt(bytes.length + 1), randomBytes(random));         // random bytes
            case 2 -> cell(random, bytes, "H".repeat(random.nextBoolean() ? 201 : 300_000));        // huge cell
            case 3 -> insert(bytes, random.nextInt(bytes.length + 1), new byte[]{0});               // NUL byte
            case 4 -> insert(bytes, random.nextInt(bytes.length + 1),                               // bad UTF-8
                    random.nextBoolean() ? new byte[]{(byte) 0xFF} : new byte[]{(byte) 0xC3, 0x28});
            case 5 -> lines(random, bytes, (lines, i) -> lines.set(i, lines.get(i) + ",extra"));     // extra column
            case 6 -> lines(random, bytes, (lines, i) -> lines.set(i, lines.get(i).replaceFirst(",[^,]*$", ""))); // missing
            case 7 -> lines(random, bytes, (lines, i) -> lines.add(Math.max(1, i), lines.get(Math.max(1, i) % lines.size()))); // duplicate
            case 8 -> insert(bytes, random.nextInt(bytes.length + 1), new byte[]{'"'});             // stray quote
            case 9, 10 -> cell(random, bytes, TEXTS[random.nextInt(TEXTS.length)]);                // formulas and odd text
            case 11 -> cell(random, bytes, EDGE_DATES[random.nextInt(EDGE_DATES.length)]);           // dates at the edges
            case 12 -> cell(random, bytes, EDGE_NUMBERS[random.nextInt(EDGE_NUMBERS.length)]);       // numbers at the edges
            case 13 -> lines(random, bytes, (lines, i) -> lines.add(i, random.nextBoolean() ? "" : ",,,")); // blank lines
            case 14 -> text(bytes).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);         // CR LF
            default -> lines(random, bytes, (lines, i) -> lines.remove(i));                        // line removed
        };
    }

    private interface LineEdit {
        void edit(List<String> lines, int index);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] lines(Random random, byte[] bytes, LineEdit edit) {
        List<String> lines = new ArrayList<>(Arrays.asList(text(bytes).split("\n", -1)));
        if (lines.size() > 1) {
            edit.edit(lines, random.nextInt(lines.size() - 1));
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** Replaces one cell (cells split naively on commas; quoted cells may be cut, which is fuzzing too). */
    private static byte[] cell(Random random, byte[] bytes, String value) {
        return lines(random, bytes, (lines, i) -> {
            String[] cells = lines.get(i).split(",", -1);
            boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
            cells[random.nextInt(cells.length)] = quote && random.nextBoolean() ? '"' + value.replace("\"", "\"\"") + '"' : value;
            lines.set(i, String.join(",", cells));
        });
    }

    private static byte[] randomBytes(Random random) {
        byte[] noise = new byte[1 + random.nextInt(8)];
        random.nextBytes(noise);
        return noise;
    }

    private static byte[] insert(byte[] bytes, int at, byte[] what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.write(what, 0, what.length);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }
}
