package io.qualify.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SubmissionGeneratorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeneratorOptions SMALL = GeneratorOptions.random().withValuePx(18)
            .withDegradation(DegradationLevel.SCAN).withIdPhotoPx(480);

    @TempDir
    Path tmp;

    static Stream<Arguments> expectations() {
        return Stream.of(
                Arguments.of(Scenario.CLEAN, "APPROVE", List.of()),
                Arguments.of(Scenario.CLEAN_INSTITUTION, "APPROVE", List.of()),
                Arguments.of(Scenario.CLEAN_OLD_STYLE, "APPROVE", List.of()),
                Arguments.of(Scenario.SOLE_TRADER, "REJECT", List.of("ENTERPRISE_TYPE_NOT_ALLOWED")),
                Arguments.of(Scenario.SOLE_PROPRIETORSHIP, "REJECT", List.of("ENTERPRISE_TYPE_NOT_ALLOWED")),
                Arguments.of(Scenario.NATURAL_PERSON_SOLE, "REJECT", List.of("ENTERPRISE_TYPE_NOT_ALLOWED")),
                Arguments.of(Scenario.LEGAL_PERSON_MISSING, "REJECT", List.of("LEGAL_PERSON_MISSING")),
                Arguments.of(Scenario.CREDIT_CODE_INVALID, "MANUAL_REVIEW", List.of("CREDIT_CODE_INVALID")),
                Arguments.of(Scenario.NAME_MISMATCH, "REJECT", List.of("ENTERPRISE_NAME_MISMATCH")),
                Arguments.of(Scenario.LICENCE_MISSING, "REJECT", List.of("LICENCE_MISSING", "DOCUMENT_UNRECOGNISED")),
                Arguments.of(Scenario.UNREADABLE_FILE, "REJECT", List.of("DOCUMENT_UNREADABLE")),
                Arguments.of(Scenario.UNRECOGNISED_EXTRA, "MANUAL_REVIEW", List.of("DOCUMENT_UNRECOGNISED")),
                Arguments.of(Scenario.ID_FRONT_MISSING, "REJECT", List.of("ID_CARD_FRONT_MISSING")),
                Arguments.of(Scenario.ID_BACK_MISSING, "REJECT", List.of("ID_CARD_BACK_MISSING")),
                Arguments.of(Scenario.HANDHELD_MISSING, "REJECT", List.of("ID_HANDHELD_MISSING")),
                Arguments.of(Scenario.ID_UPSIDE_DOWN, "REJECT", List.of("ID_CARD_UPSIDE_DOWN")),
                Arguments.of(Scenario.ID_MIRRORED, "REJECT", List.of("ID_PHOTO_MIRRORED")),
                Arguments.of(Scenario.ID_EXPIRED, "REJECT", List.of("ID_CARD_EXPIRED")),
                Arguments.of(Scenario.ID_NUMBER_INVALID, "REJECT", List.of("ID_NUMBER_INVALID")),
                Arguments.of(Scenario.LETTER_MISSING, "REJECT", List.of("LETTER_MISSING")),
                Arguments.of(Scenario.LETTER_ADMIN_NAME_MISSING, "REJECT", List.of("LETTER_ADMIN_NAME_MISSING")),
                Arguments.of(Scenario.LETTER_ADMIN_ID_MISSING, "REJECT", List.of("LETTER_ADMIN_ID_MISSING")),
                Arguments.of(Scenario.LETTER_DATE_MISSING, "REJECT", List.of("LETTER_DATE_MISSING")),
                Arguments.of(Scenario.LETTER_SEAL_MISSING, "REJECT", List.of("LETTER_SEAL_MISSING")),
                Arguments.of(Scenario.LETTER_ADMIN_MISMATCH, "REJECT", List.of("LETTER_ADMIN_MISMATCH")),
                Arguments.of(Scenario.COMMITMENT_MISSING, "REJECT", List.of("COMMITMENT_MISSING")),
                Arguments.of(Scenario.COMMITMENT_SEAL_MISSING, "REJECT", List.of("COMMITMENT_SEAL_MISSING")),
                Arguments.of(Scenario.COMMITMENT_USER_NAME_MISMATCH, "REJECT", List.of("COMMITMENT_USER_NAME_MISMATCH")),
                Arguments.of(Scenario.DESCRIPTION_MISSING_SCRIPT, "REJECT", List.of("DESCRIPTION_MISSING_SCRIPT")),
                Arguments.of(Scenario.SCRIPT_PRODUCT_NAME_MISSING, "REJECT", List.of("SCRIPT_PRODUCT_NAME_MISSING")),
                Arguments.of(Scenario.SEAL_NAME_MISMATCH, "MANUAL_REVIEW", List.of("SEAL_NAME_MISMATCH")));
    }

    @ParameterizedTest
    @MethodSource("expectations")
    void writes_the_expected_decision_and_codes(Scenario s, String decision, List<String> codes) throws IOException {
        Path dir = tmp.resolve(s.name());
        new SubmissionGenerator(SMALL).generate(new Random(s.ordinal()), s, dir);
        JsonNode expected = JSON.readTree(dir.resolveSibling(dir.getFileName() + ".expected.json").toFile());
        assertThat(expected.get("decision").asText()).isEqualTo(decision);
        assertThat(texts(expected.get("codes"))).containsExactlyElementsOf(codes);
        assertThat(expected.get("scenario").asText()).isEqualTo(s.name());
    }

    @Test
    void clean_submission_truth_matches_the_form() throws IOException {
        Path dir = tmp.resolve("clean");
        GeneratedSubmission g = new SubmissionGenerator(SMALL).generate(new Random(1), Scenario.CLEAN, dir);
        JsonNode truth = JSON.readTree(dir.resolveSibling(dir.getFileName() + ".expected.json").toFile()).get("truth");
        JsonNode form = JSON.readTree(dir.resolve("application.json").toFile());
        assertThat(normalised(form.get("enterpriseName").asText())).isEqualTo(truth.get("enterpriseName").asText());
        assertThat(form.get("creditCode").asText()).isEqualTo(truth.get("creditCode").asText());
        assertThat(form.get("legalPersonName").asText()).isEqualTo(truth.get("legalPersonName").asText());
        assertThat(io.qualify.text.CreditCodes.isValid(truth.get("creditCode").asText())).isTrue();
        assertThat(truth.get("establishedDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(g.expected().truth()).isInstanceOf(LicenceTruth.class);
    }

    @Test
    void failure_scenarios_put_the_fault_into_the_truth() throws IOException {
        LicenceTruth trader = licence(Scenario.SOLE_TRADER);
        assertThat(trader.enterpriseType()).isNull();
        assertThat(trader.legalPersonLabel()).isEqualTo("经营者");
        assertThat(trader.compositionForm()).isNotNull();
        assertThat(licence(Scenario.NATURAL_PERSON_SOLE).enterpriseType()).isEqualTo("有限责任公司(自然人独资)");
        assertThat(licence(Scenario.SOLE_PROPRIETORSHIP).enterpriseType()).isEqualTo("个人独资企业");
        assertThat(licence(Scenario.LEGAL_PERSON_MISSING).legalPersonName()).isNull();
        assertThat(io.qualify.text.CreditCodes.isValid(licence(Scenario.CREDIT_CODE_INVALID).creditCode())).isFalse();
        LicenceTruth old = licence(Scenario.CLEAN_OLD_STYLE);
        assertThat(old.creditCode()).isNull();
        assertThat(io.qualify.text.CreditCodes.isValidRegistrationNumber(old.registrationNumber())).isTrue();
    }

    @Test
    void name_mismatch_form_names_another_company() throws IOException {
        GeneratedSubmission g = new SubmissionGenerator(SMALL).generate(new Random(3), Scenario.NAME_MISMATCH,
                tmp.resolve("m"));
        String licenceName = ((LicenceTruth) g.expected().truth()).enterpriseName();
        assertThat(normalised(g.application().enterpriseName())).isNotEqualTo(licenceName);
    }

    @Test
    void every_written_document_opens_except_the_corrupt_one() throws IOException {
        GeneratorOptions all = SMALL.withFormats(Set.of(ImageFormat.values()));
        for (long seed = 0; seed < 4; seed++) {
            Path dir = tmp.resolve("u" + seed);
            GeneratedSubmission g = new SubmissionGenerator(all)
                    .generate(new Random(seed), Scenario.UNREADABLE_FILE, dir);
            for (GeneratedFile f : g.expected().documents()) {
                assertThat(opens(dir.resolve(f.file()))).as(f.file()).isEqualTo(f.kind() != GeneratedKind.UNREADABLE);
            }
            assertThat(g.expected().documents()).extracting(GeneratedFile::kind)
                    .containsExactlyInAnyOrder(GeneratedKind.BUSINESS_LICENCE, GeneratedKind.UNREADABLE,
                            GeneratedKind.ID_CARD_FRONT, GeneratedKind.ID_CARD_BACK, GeneratedKind.ID_CARD_HANDHELD,
                            GeneratedKind.NUMBER_APPLICATION_LETTER, GeneratedKind.NETWORK_ACCESS_COMMITMENT);
        }
    }

    @Test
    void licence_missing_holds_an_unknown_document_beside_the_id_photos() throws IOException {
        GeneratedSubmission g = new SubmissionGenerator(SMALL).generate(new Random(4), Scenario.LICENCE_MISSING,
                tmp.resolve("x"));
        assertThat(g.expected().truth()).isNull();
        assertThat(g.expected().documents()).extracting(GeneratedFile::kind).containsExactlyInAnyOrder(
                GeneratedKind.UNKNOWN, GeneratedKind.ID_CARD_FRONT, GeneratedKind.ID_CARD_BACK,
                GeneratedKind.ID_CARD_HANDHELD, GeneratedKind.NUMBER_APPLICATION_LETTER,
                GeneratedKind.NETWORK_ACCESS_COMMITMENT);
        List<String> written = new ArrayList<>(List.of("application.json"));
        g.expected().documents().forEach(f -> written.add(f.file()));
        try (Stream<Path> files = Files.list(g.dir())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(written);
        }
    }

    @Test
    void file_names_say_nothing_about_the_content() throws IOException {
        List<GeneratedSubmission> all = new SubmissionGenerator(SMALL.withDegradation(DegradationLevel.NONE))
                .generateMix(5, 12, Mix.standard(), tmp);
        for (GeneratedSubmission g : all) {
            for (GeneratedFile f : g.expected().documents()) {
                assertThat(f.file()).matches("(scan-\\d|IMG_\\d{4}|doc\\d+|2024\\d{4}_\\d{6}|file\\d+|mmexport\\d{13})"
                        + "\\.(jpg|png|bmp|tif|pdf)");
            }
        }
    }

    private LicenceTruth licence(Scenario s) throws IOException {
        return (LicenceTruth) new SubmissionGenerator(SMALL.withDegradation(DegradationLevel.NONE))
                .generate(new Random(11), s, tmp.resolve("t-" + s)).expected().truth();
    }

    private static boolean opens(Path file) {
        try {
            if (file.toString().endsWith(".pdf")) {
                try (var doc = Loader.loadPDF(file.toFile())) {
                    return doc.getNumberOfPages() == 1;
                }
            }
            return ImageIO.read(file.toFile()) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String normalised(String name) {
        return name.replace('（', '(').replace('）', ')');
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
