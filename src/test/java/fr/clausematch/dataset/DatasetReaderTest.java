package fr.clausematch.dataset;

import fr.clausematch.matching.model.ContractType;
import fr.clausematch.matching.model.EligibilityCriterion;
import fr.clausematch.matching.model.Gender;
import fr.clausematch.matching.model.LegalBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static fr.clausematch.dataset.Fixture.CANDIDATES;
import static fr.clausematch.dataset.Fixture.CONTRACTS;
import static fr.clausematch.dataset.Fixture.SLOTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class DatasetReaderTest {

    @TempDir
    Path dir;

    private final DatasetReader reader = new DatasetReader();

    private List<DatasetError> errors(Path folder) {
        DatasetFormatException e = catchThrowableOfType(DatasetFormatException.class, () -> reader.read(folder));
        assertThat(e).as("the dataset should be refused").isNotNull();
        return e.errors();
    }

    private List<DatasetError> errors(Fixture fixture) {
        return errors(fixture.write(dir));
    }

    @Test
    void validFixtureIsReadWithEveryValue() {
        Dataset dataset = reader.read(new Fixture().write(dir));

        assertThat(dataset.candidates()).hasSize(2);
        CandidateRow p1 = dataset.candidates().get(0);
        assertThat(p1).isEqualTo(new CandidateRow("P1", Gender.F, 1988, "Dijon", 47.3391, 5.0602, "QP021001",
                Set.of(EligibilityCriterion.RSA, EligibilityCriterion.DELD), LocalDate.of(2027, 1, 31),
                List.of("F1704", "K2204"), 3, List.of("B", "CACES_R482"), 20.0, LocalDate.of(2026, 1, 5),
                LocalDate.of(2027, 12, 31), new BigDecimal("35"), LocalDate.of(2024, 2, 12), "21"));
        assertThat(dataset.contracts()).containsExactly(new ContractRow("C1", "Ville de Dijon", "Voirie",
                ContractType.WORKS, LegalBasis.EXECUTION_CLAUSE, false, "Dijon", 47.322, 5.0415, "QP021001",
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 12, 31), 300, "21"));
        assertThat(dataset.slots()).containsExactly(
                new SlotRow("S1", "C1", "F1704", 140, LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 31),
                        new BigDecimal("17.5"), 0, List.of()),
                new SlotRow("S2", "C1", "F1703", 160, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 26),
                        new BigDecimal("20"), 3, List.of("B", "SST")));
    }

    @Test
    void emptyOptionalCellsMeanNoneOrNoBound() {
        Fixture fixture = new Fixture();
        for (String column : List.of("gender", "qpv_code", "eligibility", "eligibility_until", "trades",
                "qualification_level", "licences", "available_from", "available_until", "territory")) {
            fixture.set(CANDIDATES, column, "");
        }
        fixture.set(CONTRACTS, "qpv_code", "").set(CONTRACTS, "territory", "");
        fixture.set(SLOTS, "min_qualification_level", "");

        Dataset dataset = reader.read(fixture.write(dir));

        CandidateRow p1 = dataset.candidates().get(0);
        assertThat(p1.gender()).isNull();
        assertThat(p1.qpvCode()).isNull();
        assertThat(p1.eligibility()).isEmpty();
        assertThat(p1.eligibilityUntil()).isNull();
        assertThat(p1.trades()).isEmpty();
        assertThat(p1.qualificationLevel()).isZero();
        assertThat(p1.licences()).isEmpty();
        assertThat(p1.availableFrom()).isNull();
        assertThat(p1.availableUntil()).isNull();
        assertThat(p1.territory()).isNull();
        assertThat(dataset.contracts().get(0).qpvCode()).isNull();
        assertThat(dataset.contracts().get(0).territory()).isNull();
        assertThat(dataset.slots().get(0).minQualificationLevel()).isZero();
    }

    /** One bad cell on the first data row (line 2): file, column, value, exact reason. */
    static Stream<Arguments> badCells() {
        return Stream.of(
                arguments(CANDIDATES, "eligibility", "RSA|XYZ", "code de critère inconnu : XYZ"),
                arguments(CONTRACTS, "start_date", "2024-13-01", "date invalide (attendu AAAA-MM-JJ) : 2024-13-01"),
                arguments(CANDIDATES, "registered_on", "12/02/2024", "date invalide (attendu AAAA-MM-JJ) : 12/02/2024"),
                arguments(CANDIDATES, "eligibility_until", "2026-02-30", "date invalide (attendu AAAA-MM-JJ) : 2026-02-30"),
                arguments(SLOTS, "contract_id", "C9", "le contrat C9 n'existe pas dans contracts.csv"),
                arguments(SLOTS, "hours", "-5", "heures négatives"),
                arguments(CONTRACTS, "required_hours", "-300", "heures négatives"),
                arguments(SLOTS, "hours", "12.5", "nombre entier d'heures attendu : 12.5"),
                arguments(SLOTS, "hours_per_week", "-7", "heures négatives"),
                arguments(SLOTS, "hours_per_week", "17.25", "au plus une décimale : 17.25"),
                arguments(CANDIDATES, "max_hours_per_week", "170", "plus de 168 heures par semaine : 170"),
                arguments(CANDIDATES, "latitude", "91.5", "latitude hors de [-90, 90]"),
                arguments(CONTRACTS, "longitude", "-180.01", "longitude hors de [-180, 180]"),
                arguments(CANDIDATES, "max_distance_km", "abc", "nombre décimal invalide : abc"),
                arguments(CANDIDATES, "max_distance_km", "1e3", "nombre décimal invalide : 1e3"),
                arguments(CANDIDATES, "max_distance_km", "-2", "distance négative"),
                arguments(CANDIDATES, "id", "P 1", "identifiant invalide (1 à 64 caractères parmi A-Z a-z 0-9 _ . -) : P 1"),
                arguments(CANDIDATES, "id", "P".repeat(65),
                        "identifiant invalide (1 à 64 caractères parmi A-Z a-z 0-9 _ . -) : " + "P".repeat(65)),
                arguments(SLOTS, "id", "S/1", "identifiant invalide (1 à 64 caractères parmi A-Z a-z 0-9 _ . -) : S/1"),
                arguments(SLOTS, "contract_id", "C#1",
                        "identifiant invalide (1 à 64 caractères parmi A-Z a-z 0-9 _ . -) : C#1"),
                arguments(CANDIDATES, "gender", "X", "genre invalide (attendu F, M ou vide) : X"),
                arguments(CANDIDATES, "birth_year", "88", "année invalide (attendu quatre chiffres) : 88"),
                arguments(CANDIDATES, "qpv_code", "QP21001", fr.clausematch.limits.QpvCodes.MESSAGE + " : QP21001"),
                arguments(CANDIDATES, "trades", "F1704|F170", "code ROME invalide (attendu une lettre majuscule et 4 chiffres, ex. F1704) : F170"),
                arguments(SLOTS, "trade", "f1704", "code ROME invalide (attendu une lettre majuscule et 4 chiffres, ex. F1704) : f1704"),
                arguments(CANDIDATES, "qualification_level", "2", "niveau de qualification invalide (attendu 0 ou 3 à 8) : 2"),
                arguments(SLOTS, "min_qualification_level", "9", "niveau de qualification invalide (attendu 0 ou 3 à 8) : 9"),
                arguments(CANDIDATES, "licences", "B|caces", "code de permis ou d'habilitation invalide (attendu A-Z, 0-9 et _) : caces"),
                arguments(CANDIDATES, "licences", "B||SST", "élément vide dans la liste : B||SST"),
                arguments(CANDIDATES, "trades", "F1704|F1704", "élément en double dans la liste : F1704"),
                arguments(CONTRACTS, "anru", "TRUE", "valeur invalide (attendu true ou false) : TRUE"),
                arguments(CONTRACTS, "type", "WORK",
                        "type de marché inconnu (attendu WORKS, SERVICES ou INTELLECTUAL_SERVICES) : WORK"),
                arguments(CONTRACTS, "legal_basis", "RESERVED", "base juridique inconnue (attendu EXECUTION_CLAUSE, "
                        + "AWARD_CRITERION, RESERVED_SIAE, RESERVED_DISABILITY ou INSERTION_CONTRACT) : RESERVED"),
                arguments(CONTRACTS, "buyer", " ", "valeur obligatoire manquante"),
                arguments(CANDIDATES, "registered_on", "", "valeur obligatoire manquante"),
                arguments(CONTRACTS, "title", "", "valeur obligatoire manquante"),
                arguments(SLOTS, "hours_per_week", "", "valeur obligatoire manquante"),
                arguments(CANDIDATES, "territory", "Côte-d'Or",
                        "identifiant invalide (1 à 64 caractères parmi A-Z a-z 0-9 _ . -) : Côte-d'Or"));
    }

    @ParameterizedTest(name = "{0} {1}={2}")
    @MethodSource("badCells")
    void badCellIsReportedWithFileLineColumnAndReason(String file, String column, String value, String reason) {
        List<DatasetError> errors = errors(new Fixture().set(file, column, value));

        assertThat(errors).containsExactly(new DatasetError(file, 2, column, reason));
    }

    @Test
    void duplicateIdNamesTheFirstLine() {
        List<DatasetError> errors = errors(new Fixture().set(CANDIDATES, 1, "id", "P1"));

        assertThat(errors).containsExactly(new DatasetError(CANDIDATES, 3, "id", "identifiant en double (déjà ligne 2)"));
    }

    @Test
    void sameIdInTwoFilesIsAllowed() {
        Dataset dataset = reader.read(new Fixture().set(SLOTS, "id", "C1").write(dir));

        assertThat(dataset.slots().get(0).id()).isEqualTo("C1");
    }

    @Test
    void endBeforeStartOnContractsSlotsAndAvailability() {
        List<DatasetError> errors = errors(new Fixture()
                .set(CONTRACTS, "end_date", "2026-03-01")
                .set(SLOTS, 1, "end_date", "2026-05-31")
                .set(CANDIDATES, 1, "available_until", "2026-01-04"));

        assertThat(errors).containsExactly(
                new DatasetError(CANDIDATES, 3, "available_until", "date de fin avant la date de début"),
                new DatasetError(CONTRACTS, 2, "end_date", "date de fin avant la date de début"),
                new DatasetError(SLOTS, 3, "end_date", "date de fin avant la date de début"));
    }

    @Test
    void missingRequiredColumnIsNamedOnTheHeaderLine() {
        List<DatasetError> errors = errors(new Fixture().dropColumn(CANDIDATES, "max_distance_km"));

        assertThat(errors).containsExactly(new DatasetError(CANDIDATES, 1, "max_distance_km",
                "colonne obligatoire manquante : max_distance_km"));
    }

    @Test
    void territoryColumnIsOptionalAndUnknownColumnsAreIgnored() {
        Fixture fixture = new Fixture().dropColumn(CANDIDATES, "territory").dropColumn(CONTRACTS, "territory");
        fixture.write(dir);
        Fixture.writeRaw(dir, SLOTS, "comment,id,contract_id,trade,hours,start_date,end_date,hours_per_week,"
                + "min_qualification_level,required_licences\nfree text,S1,C1,F1704,140,2026-04-06,2026-05-31,17.5,0,\n");

        Dataset dataset = reader.read(dir);

        assertThat(dataset.candidates()).allSatisfy(c -> assertThat(c.territory()).isNull());
        assertThat(dataset.contracts().get(0).territory()).isNull();
        assertThat(dataset.slots()).extracting(SlotRow::id, SlotRow::hours).containsExactly(
                org.assertj.core.groups.Tuple.tuple("S1", 140));
    }

    @Test
    void unknownDelimiterIsReportedWithTheMissingColumns() {
        new Fixture().write(dir);
        Fixture.writeRaw(dir, SLOTS, String.join("\t", DatasetColumns.SLOTS) + "\nS1\tC1\tF1704\t140\t2026-04-06\t"
                + "2026-05-31\t17.5\t0\t\n");

        List<DatasetError> errors = errors(dir);

        assertThat(errors).first().isEqualTo(new DatasetError(SLOTS, 1, null,
                "séparateur non reconnu : les colonnes de l'en-tête doivent être séparées par , ou ;"));
        assertThat(errors).allSatisfy(e -> {
            assertThat(e.file()).isEqualTo(SLOTS);
            assertThat(e.line()).isEqualTo(1);
        });
        assertThat(errors).extracting(DatasetError::column).contains("contract_id", "hours_per_week");
    }

    @Test
    void missingFilesAreNamed() {
        Fixture.writeRaw(dir, CONTRACTS, new Fixture().text(CONTRACTS, ','));

        List<DatasetError> errors = errors(dir);

        assertThat(errors).containsExactly(
                new DatasetError(CANDIDATES, 0, null, "fichier manquant : candidates.csv"),
                new DatasetError(SLOTS, 0, null, "fichier manquant : slots.csv"));
    }

    @Test
    void emptyFileIsRefused() {
        new Fixture().write(dir);
        Fixture.writeRaw(dir, CONTRACTS, "");

        List<DatasetError> errors = errors(dir);

        assertThat(errors).containsExactly(
                new DatasetError(CONTRACTS, 1, null, "fichier vide : une ligne d'en-tête est attendue"));
    }

    @Test
    void lineWithWrongNumberOfCellsIsReported() {
        Fixture fixture = new Fixture();
        fixture.write(dir);
        String slots = fixture.text(SLOTS, ',').replace("S2,C1,F1703,160,", "S2,C1,F1703,160,,");
        Fixture.writeRaw(dir, SLOTS, slots);

        assertThat(errors(dir)).containsExactly(
                new DatasetError(SLOTS, 3, null, "nombre de cellules (10) différent de celui de l'en-tête (9)"));
    }

    @Test
    void malformedQuoteStopsTheFileWithItsLine() {
        Fixture fixture = new Fixture();
        fixture.write(dir);
        Fixture.writeRaw(dir, CONTRACTS, fixture.text(CONTRACTS, ',').replace(",Voirie,", ",\"Voirie\" x,"));

        List<DatasetError> errors = errors(dir);

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).file()).isEqualTo(CONTRACTS);
        assertThat(errors.get(0).line()).isEqualTo(2);
        assertThat(errors.get(0).reason()).startsWith("CSV mal formé");
        // the rest of contracts.csv is unknown, so slots are not reported as pointing at missing contracts
    }

    @Test
    void invalidUtf8IsRefused() throws Exception {
        new Fixture().write(dir);
        byte[] header = (String.join(",", DatasetColumns.CONTRACTS) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] row = "C1,Ville de Dijon,Voirie \u00e9,WORKS,EXECUTION_CLAUSE,false,Dijon,47.3,5.04,,2026-03-02,2026-12-31,300,21\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(header);
        bytes.write(row);
        Files.write(dir.resolve(CONTRACTS), bytes.toByteArray());

        List<DatasetError> errors = errors(dir);

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).file()).isEqualTo(CONTRACTS);
        assertThat(errors.get(0).reason()).isEqualTo("encodage invalide : le fichier doit être en UTF-8");
    }

    @Test
    void everyFaultOfEveryFileIsReportedInFileAndLineOrder() {
        Fixture fixture = new Fixture()
                .set(CANDIDATES, 0, "gender", "H")
                .set(CANDIDATES, 0, "latitude", "95")
                .set(CANDIDATES, 1, "eligibility", "FOO")
                .set(CONTRACTS, "required_hours", "-1")
                .set(SLOTS, 0, "contract_id", "C9")
                .set(SLOTS, 1, "start_date", "2026-06-31");

        List<DatasetError> errors = errors(fixture);

        assertThat(errors).containsExactly(
                new DatasetError(CANDIDATES, 2, "gender", "genre invalide (attendu F, M ou vide) : H"),
                new DatasetError(CANDIDATES, 2, "latitude", "latitude hors de [-90, 90]"),
                new DatasetError(CANDIDATES, 3, "eligibility", "code de critère inconnu : FOO"),
                new DatasetError(CONTRACTS, 2, "required_hours", "heures négatives"),
                new DatasetError(SLOTS, 2, "contract_id", "le contrat C9 n'existe pas dans contracts.csv"),
                new DatasetError(SLOTS, 3, "start_date", "date invalide (attendu AAAA-MM-JJ) : 2026-06-31"));
    }

    @Test
    void faultyContractLineIsNotReportedAgainAsMissingFromSlots() {
        List<DatasetError> errors = errors(new Fixture().set(CONTRACTS, "type", "OTHER"));

        assertThat(errors).extracting(DatasetError::file).containsOnly(CONTRACTS);
    }

    @Test
    void semicolonDecimalCommaAndByteOrderMarkAreAccepted() throws Exception {
        Fixture fixture = new Fixture()
                .set(CANDIDATES, "latitude", "47,3391").set(CANDIDATES, "longitude", "5,0602")
                .set(CANDIDATES, "max_distance_km", "12,5").set(CANDIDATES, "max_hours_per_week", "17,5")
                .set(CONTRACTS, "latitude", "47,322").set(SLOTS, "hours_per_week", "17,5");
        fixture.write(dir, ';');
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = Files.readAllBytes(dir.resolve(CANDIDATES));
        byte[] withBom = new byte[text.length + 3];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(dir.resolve(CANDIDATES), withBom);

        Dataset dataset = reader.read(dir);

        CandidateRow p1 = dataset.candidates().get(0);
        assertThat(p1.id()).isEqualTo("P1");
        assertThat(p1.latitude()).isEqualTo(47.3391);
        assertThat(p1.longitude()).isEqualTo(5.0602);
        assertThat(p1.maxDistanceKm()).isEqualTo(12.5);
        assertThat(p1.maxHoursPerWeek()).isEqualTo(new BigDecimal("17.5"));
        assertThat(dataset.contracts().get(0).latitude()).isEqualTo(47.322);
        assertThat(dataset.slots().get(0).hoursPerWeek()).isEqualTo(new BigDecimal("17.5"));
    }

    @Test
    void decimalCommaIsRefusedWithCommaDelimiter() {
        new Fixture().write(dir);
        String contracts = new Fixture().text(CONTRACTS, ',').replace("47.322", "\"47,322\"");
        Fixture.writeRaw(dir, CONTRACTS, contracts);

        assertThat(errors(dir)).containsExactly(
                new DatasetError(CONTRACTS, 2, "latitude", "nombre décimal invalide : 47,322"));
    }

    @Test
    void quotedCellsKeepDelimitersQuotesAndNewlinesAndLineNumbersFollowTheFile() {
        Fixture fixture = new Fixture()
                .set(CANDIDATES, 0, "commune", "Dijon;\nquartier \"Grésilles\", nord")
                .set(CANDIDATES, 1, "birth_year", "19");
        fixture.write(dir);

        List<DatasetError> errors = errors(dir);

        // row 1 spans lines 2-3, so the second row starts on line 4
        assertThat(errors).containsExactly(
                new DatasetError(CANDIDATES, 4, "birth_year", "année invalide (attendu quatre chiffres) : 19"));

        fixture.set(CANDIDATES, 1, "birth_year", "1990").write(dir, ';');
        Dataset dataset = reader.read(dir);
        assertThat(dataset.candidates().get(0).commune()).isEqualTo("Dijon;\nquartier \"Grésilles\", nord");
    }

    @Test
    void blankLinesAreSkippedAndDoNotShiftLineNumbers() {
        Fixture fixture = new Fixture().set(SLOTS, 1, "hours", "x");
        fixture.write(dir);
        String slots = fixture.text(SLOTS, ',');
        int second = slots.indexOf("S2,");
        Fixture.writeRaw(dir, SLOTS, slots.substring(0, second) + "\n,,,,,,,,\n" + slots.substring(second) + "\n\n");

        assertThat(errors(dir)).containsExactly(
                new DatasetError(SLOTS, 5, "hours", "nombre entier d'heures attendu : x"));
    }

    @Test
    void windowsLineEndsKeepLineNumbers() {
        Fixture fixture = new Fixture()
                .set(CONTRACTS, "title", "Voirie\r\nlot 2")
                .set(CANDIDATES, 1, "trades", "F1704|X");
        fixture.write(dir);
        for (String file : List.of(CANDIDATES, CONTRACTS, SLOTS)) {
            Fixture.writeRaw(dir, file, fixture.text(file, ',').replace("\n", "\r\n").replace("\r\r\n", "\r\n"));
        }
        Fixture.writeRaw(dir, SLOTS, fixture.text(SLOTS, ',').replace("\n", "\r\n").replace("S2,C1", "S2,C2"));

        List<DatasetError> errors = errors(dir);

        assertThat(errors).containsExactly(
                new DatasetError(CANDIDATES, 3, "trades",
                        "code ROME invalide (attendu une lettre majuscule et 4 chiffres, ex. F1704) : X"),
                new DatasetError(SLOTS, 3, "contract_id", "le contrat C2 n'existe pas dans contracts.csv"));
    }

    @Test
    void streamsAreReadWithTheStandardFileNames() {
        Fixture fixture = new Fixture().set(SLOTS, "hours", "-1");
        InputStream candidates = stream(fixture.text(CANDIDATES, ','));
        InputStream contracts = stream(fixture.text(CONTRACTS, ';'));

        DatasetFormatException e = catchThrowableOfType(DatasetFormatException.class,
                () -> reader.read(candidates, contracts, stream(fixture.text(SLOTS, ','))));

        assertThat(e.errors()).containsExactly(new DatasetError(SLOTS, 2, "hours", "heures négatives"));
        DatasetFormatException missing = catchThrowableOfType(DatasetFormatException.class,
                () -> reader.read(stream(fixture.text(CANDIDATES, ',')), null, stream(fixture.text(SLOTS, ','))));
        assertThat(missing.errors()).contains(new DatasetError(CONTRACTS, 0, null, "fichier manquant : contracts.csv"));
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
