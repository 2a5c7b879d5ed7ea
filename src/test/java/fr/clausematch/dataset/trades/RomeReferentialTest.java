package fr.clausematch.dataset.trades;

import fr.clausematch.dataset.CandidateRow;
import fr.clausematch.dataset.Dataset;
import fr.clausematch.dataset.DatasetReader;
import fr.clausematch.dataset.SampleData;
import fr.clausematch.dataset.SlotRow;
import fr.clausematch.dataset.generator.DatasetGenerator;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ROME referential shipped with the application: complete for every code the project uses, searched by name. */
class RomeReferentialTest {

    private static final RomeReferential ROME = RomeReferential.standard();
    /** The code the tests use on purpose as one the referential does not hold. */
    private static final String UNKNOWN_ON_PURPOSE = "Z9999";

    @Test
    void loadsTheWholeRomeOnceAndInOrder() {
        assertThat(ROME.size()).isEqualTo(532);
        assertThat(RomeReferential.standard()).isSameAs(ROME);
        List<String> codes = ROME.all().stream().map(Trade::code).toList();
        assertThat(codes).doesNotHaveDuplicates().isSorted().allMatch(c -> c.matches("[A-N][0-9]{4}"));
        assertThat(codes).startsWith("A1101").endsWith("N4403");
        assertThat(ROME.all()).allSatisfy(t -> {
            assertThat(t.french()).isNotBlank().doesNotContain(";");
            assertThat(t.english()).isNotBlank().isNotEqualTo(t.french().toUpperCase(Locale.ROOT));
        });
        assertThat(ROME.find("F1704")).get().extracting(Trade::french)
                .isEqualTo("Préparation du gros oeuvre et des travaux publics");
        assertThat(ROME.label("F1704", Locale.FRENCH)).isEqualTo("F1704 Préparation du gros oeuvre et des travaux publics");
        assertThat(ROME.label("K2204", Locale.ENGLISH)).isEqualTo("K2204 Cleaning of premises");
        assertThat(ROME.labels(List.of("F1703", "M1805"), Locale.FRENCH))
                .isEqualTo("F1703 Maçonnerie, M1805 Études et développement informatique");
    }

    @Test
    void namesEveryTradeOfTheSampleDataAndTheGenerator() throws IOException {
        Set<String> used = new TreeSet<>();
        for (String sample : List.of("bourgogne-franche-comte", "tiny")) {
            used.addAll(trades(new DatasetReader().read(SampleData.folder(sample))));
        }
        used.addAll(trades(new DatasetGenerator().generate(3000, 800, 3000, 7L)));
        used.addAll(trades(new DatasetGenerator(DatasetGenerator.Profile.bourgogneFrancheComte()).generate(1500, 400, 1500, 7L)));
        used.addAll(trades(new DatasetGenerator(DatasetGenerator.Profile.weeklyLoad()).generate(50, 40, 400, 7L)));
        used.addAll(quotedCodes(Path.of("src/main/java/fr/clausematch/dataset/generator")));
        assertThat(used).hasSizeGreaterThanOrEqualTo(17).contains("F1704", "K2204", "M1805", "H1206");
        assertThat(used).allSatisfy(code -> assertThat(ROME.knows(code)).as(code).isTrue());
    }

    @Test
    void namesEveryTradeTheTestsUseButTheOneUnknownOnPurpose() throws IOException {
        Set<String> used = quotedCodes(Path.of("src/test/java"));
        assertThat(used).contains("K2111", UNKNOWN_ON_PURPOSE);
        used.remove(UNKNOWN_ON_PURPOSE);
        assertThat(used).allSatisfy(code -> assertThat(ROME.knows(code)).as(code).isTrue());
    }

    @Test
    void anUnknownCodeIsShownAsItIsAndNeverFails() {
        assertThat(ROME.find(UNKNOWN_ON_PURPOSE)).isEmpty();
        assertThat(ROME.knows(UNKNOWN_ON_PURPOSE)).isFalse();
        assertThat(ROME.label(UNKNOWN_ON_PURPOSE, Locale.FRENCH)).isEqualTo(UNKNOWN_ON_PURPOSE);
        assertThat(ROME.labels(List.of("F1703", UNKNOWN_ON_PURPOSE), Locale.FRENCH)).isEqualTo("F1703 Maçonnerie, Z9999");
        assertThat(ROME.label(null, Locale.FRENCH)).isEmpty();
        assertThat(ROME.label("  ", Locale.FRENCH)).isEmpty();
        assertThat(ROME.find(null)).isEmpty();
        assertThat(ROME.resolve(UNKNOWN_ON_PURPOSE)).contains(UNKNOWN_ON_PURPOSE);
    }

    @Test
    void searchFindsATradeByPartOfItsNameInEitherLanguageOrByTheStartOfItsCode() {
        assertThat(ROME.search("maçon")).extracting(Trade::code).containsExactly("F1703");
        assertThat(ROME.search("MACONNERIE")).extracting(Trade::code).containsExactly("F1703");
        assertThat(ROME.search("gros œuvre")).extracting(Trade::code).contains("F1704");
        assertThat(ROME.search("Gros Oeuvre")).extracting(Trade::code).contains("F1704");
        assertThat(ROME.search("peinture bâtiment")).extracting(Trade::code).containsExactly("F1606");
        assertThat(ROME.search("building painting")).extracting(Trade::code).containsExactly("F1606");
        assertThat(ROME.search("nettoyage")).extracting(Trade::code).contains("K2204", "K2303", "D1205");
        assertThat(ROME.search("f170")).extracting(Trade::code)
                .containsExactly("F1701", "F1702", "F1703", "F1704", "F1705", "F1706");
        assertThat(ROME.search("Pâtisserie")).extracting(Trade::code).containsExactly("D1104");
        assertThat(ROME.search("zzz")).isEmpty();
        assertThat(ROME.search("  ")).isEmpty();
        // a name equal to the text comes before names that merely hold its words
        assertThat(ROME.search("Secrétariat")).extracting(Trade::code).first().isEqualTo("M1607");
    }

    @Test
    void aFormsTextStandsForACodeOnlyWhenItNamesOneTradeWhole() {
        assertThat(ROME.resolve("F1606")).contains("F1606");
        assertThat(ROME.resolve(" f1606 ")).contains("F1606");
        assertThat(ROME.resolve("F1606 Peinture en bâtiment")).contains("F1606");
        assertThat(ROME.resolve("maçonnerie")).contains("F1703");
        assertThat(ROME.resolve("Masonry")).contains("F1703");
        assertThat(ROME.resolve("Préparation du gros œuvre et des travaux publics")).contains("F1704");
        assertThat(ROME.resolve("maçon")).as("part of a name is a search, not a choice").isEmpty();
        assertThat(ROME.resolve("nettoyage")).isEmpty();
        assertThat(ROME.resolve("plombier")).isEmpty();
        assertThat(ROME.resolve(null)).isEmpty();
    }

    @Test
    void aBrokenReferentialIsRefusedWhenRead() {
        assertThat(RomeReferential.parse(List.of("# commentaire", "code;fr;en", "F1703;Maçonnerie;Masonry")).size())
                .isEqualTo(1);
        assertThatThrownBy(() -> RomeReferential.parse(List.of("code;fr;en", "F1703;Maçonnerie;Masonry", "F1703;Autre;Other")))
                .hasMessageContaining("F1703");
        assertThatThrownBy(() -> RomeReferential.parse(List.of("code;fr;en", "F170;Maçonnerie;Masonry")))
                .hasMessageContaining("F170;");
        assertThatThrownBy(() -> RomeReferential.parse(List.of("code;fr;en", "F1703;Maçonnerie")))
                .hasMessageContaining("ligne invalide");
        assertThatThrownBy(() -> RomeReferential.read("absent.csv")).hasMessageContaining("absent.csv");
    }

    private static Set<String> trades(Dataset dataset) {
        Set<String> codes = new TreeSet<>();
        dataset.candidates().stream().map(CandidateRow::trades).forEach(codes::addAll);
        dataset.slots().stream().map(SlotRow::trade).forEach(codes::add);
        return codes;
    }

    /** Every quoted ROME-shaped string of the Java sources under {@code root} (also inside JSON): the trades they name. */
    private static Set<String> quotedCodes(Path root) throws IOException {
        Pattern quoted = Pattern.compile("\"([A-Z][0-9]{4})\\\\?\"");
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = quoted.matcher(Files.readString(file));
                while (m.find()) {
                    codes.add(m.group(1));
                }
            }
        }
        return codes;
    }
}
