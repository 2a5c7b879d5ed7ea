package fr.clausematch.dataset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static fr.clausematch.dataset.Fixture.CANDIDATES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A byte that is not UTF-8 is reported on the line that holds it, not on line 1 (the decoder reads ahead by blocks). */
class BadByteLineTest {

    private static final int ROWS = 3_000;
    private static final String ENCODING = "encodage invalide : le fichier doit être en UTF-8";

    @TempDir
    Path dir;

    /** The lines of a candidates.csv of {@link #ROWS} people (about 400 kB, far past any read-ahead block). */
    private static List<String> lines() {
        String[] fixture = new Fixture().text(CANDIDATES, ',').split("\n");
        List<String> lines = new ArrayList<>();
        lines.add(fixture[0]);
        for (int i = 1; i <= ROWS; i++) {
            lines.add(fixture[1].replaceFirst("^P1,", "P" + i + ","));
        }
        return lines;
    }

    /** Writes the lines with a 0xFF byte after the first "Dijon" (or after "commune" on the header) of {@code badLine}. */
    private Path write(List<String> lines, int badLine) throws Exception {
        new Fixture().write(dir);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String mark = i == 0 ? "commune" : "Dijon";
            if (i + 1 == badLine) {
                int at = line.indexOf(mark) + mark.length();
                out.write(line.substring(0, at).getBytes(StandardCharsets.UTF_8));
                out.write(0xFF);
                out.write(line.substring(at).getBytes(StandardCharsets.UTF_8));
            } else {
                out.write(line.getBytes(StandardCharsets.UTF_8));
            }
            out.write('\n');
        }
        Files.write(dir.resolve(CANDIDATES), out.toByteArray());
        return dir;
    }

    private static DatasetError onlyError(Path folder) {
        DatasetFormatException e = catchThrowableOfType(DatasetFormatException.class, () -> new DatasetReader().read(folder));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.errors()).hasSize(1);
        return e.errors().get(0);
    }

    @ParameterizedTest(name = "bad byte on line {0}")
    @ValueSource(ints = {1, 2, 5, 700, ROWS + 1})
    void theLineOfTheBadByteIsReported(int badLine) throws Exception {
        DatasetError error = onlyError(write(lines(), badLine));

        assertThat(error.file()).isEqualTo(CANDIDATES);
        assertThat(error.line()).isEqualTo(badLine);
        assertThat(error.reason()).isEqualTo(ENCODING);
    }

    @Test
    void aMultiLineCellAndBlankLinesBeforeTheBadByteCountAsTheLinesTheyTake() throws Exception {
        List<String> lines = lines().subList(0, 6);
        List<String> physical = new ArrayList<>(List.of(lines.get(0), lines.get(1).replace("Dijon", "\"Dijon\nnord\""), "",
                "\r", lines.get(2), lines.get(3)));
        // line 1 header, 2-3 the two-line cell, 4 blank, 5 blank (CR LF), 6 P2, 7 P3 with the bad byte
        DatasetError error = onlyError(write(physical, 6)); // the 6th element written, on the 7th line

        assertThat(error.line()).isEqualTo(7);
    }

    @Test
    void aTruncatedSequenceAtTheEndIsReportedOnTheLastLine() throws Exception {
        new Fixture().write(dir);
        String text = new Fixture().text(CANDIDATES, ',');
        byte[] utf8 = text.substring(0, text.length() - 1).getBytes(StandardCharsets.UTF_8);
        byte[] cut = new byte[utf8.length + 1];
        System.arraycopy(utf8, 0, cut, 0, utf8.length);
        cut[utf8.length] = (byte) 0xC3;
        Files.write(dir.resolve(CANDIDATES), cut);

        assertThat(onlyError(dir).line()).isEqualTo(text.split("\n").length);
    }
}
