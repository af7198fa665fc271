package io.qualify.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qualify.text.IdNumbers;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LetterScenariosTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final GeneratorOptions SMALL = GeneratorOptions.random().withValuePx(16)
            .withDegradation(DegradationLevel.NONE).withIdPhotoPx(360).withFormats(Set.of(ImageFormat.JPEG));

    @TempDir
    Path tmp;

    @Test
    void every_submission_holds_a_clean_letter_and_commitment_of_the_enterprise_and_the_cards_holder()
            throws IOException {
        GeneratedSubmission g = generate(Combo.of(Scenario.CLEAN), 1);
        LetterTruth letter = letter(g).orElseThrow();
        CommitmentTruth commitment = commitment(g).orElseThrow();
        String enterprise = ((LicenceTruth) g.expected().truth()).enterpriseName();
        assertThat(letter.applicant()).isEqualTo(enterprise);
        assertThat(letter.adminName()).isEqualTo(g.application().adminName());
        assertThat(letter.adminIdNumber()).isEqualTo(g.application().adminIdNumber()).hasSize(18);
        assertThat(letter.date()).isNotNull().isBeforeOrEqualTo(LocalDate.parse(g.application().submittedAt().substring(0, 10)));
        assertThat(letter.sealText()).isEqualTo(enterprise);
        assertThat(letter.productName()).isEqualTo(g.application().productName());
        assertThat(commitment.userName()).isEqualTo(enterprise);
        assertThat(commitment.sealText()).isEqualTo(enterprise);
        assertThat(commitment.clauses()).hasSizeBetween(5, 7);
        assertThat(g.application().description()).contains(g.application().productName());
        assertThat(g.expected().description().namesProduct()).isTrue();
        assertThat(g.expected().codes()).isEmpty();
    }

    @Test
    void letter_scenarios_spoil_just_their_field() throws IOException {
        for (long seed = 0; seed < 3; seed++) {
            assertThat(generate(Combo.of(Scenario.LETTER_MISSING), seed).expected().documents())
                    .noneMatch(f -> f.kind() == GeneratedKind.NUMBER_APPLICATION_LETTER)
                    .anyMatch(f -> f.kind() == GeneratedKind.NETWORK_ACCESS_COMMITMENT);
            LetterTruth noName = letter(generate(Combo.of(Scenario.LETTER_ADMIN_NAME_MISSING), seed)).orElseThrow();
            assertThat(noName.adminName()).isNull();
            assertThat(noName.adminIdNumber()).isNotNull();
            assertThat(noName.sealed()).isTrue();
            LetterTruth noId = letter(generate(Combo.of(Scenario.LETTER_ADMIN_ID_MISSING), seed)).orElseThrow();
            assertThat(noId.adminIdNumber()).isNull();
            assertThat(noId.adminName()).isNotNull();
            LetterTruth noDate = letter(generate(Combo.of(Scenario.LETTER_DATE_MISSING), seed)).orElseThrow();
            assertThat(noDate.date()).isNull();
            assertThat(noDate.datePrinted()).satisfiesAnyOf(d -> assertThat(d).isNull(),
                    d -> assertThat(d).doesNotContainPattern("\\d"));
            assertThat(letter(generate(Combo.of(Scenario.LETTER_SEAL_MISSING), seed)).orElseThrow().sealed()).isFalse();
        }
    }

    @Test
    void a_mismatched_letter_names_another_person_with_a_valid_number() throws IOException {
        GeneratedSubmission g = generate(Combo.of(Scenario.LETTER_ADMIN_MISMATCH), 2);
        LetterTruth letter = letter(g).orElseThrow();
        assertThat(letter.adminName()).isNotEqualTo(g.application().adminName());
        assertThat(letter.adminIdNumber()).isNotEqualTo(g.application().adminIdNumber());
        assertThat(IdNumbers.isValid(letter.adminIdNumber())).isTrue();
        assertThat(letter.sealed()).isTrue();
    }

    @Test
    void commitment_scenarios_and_the_two_kinds_of_wrong_user_name() throws IOException {
        assertThat(commitment(generate(Combo.of(Scenario.COMMITMENT_MISSING), 1))).isEmpty();
        assertThat(commitment(generate(Combo.of(Scenario.COMMITMENT_SEAL_MISSING), 1)).orElseThrow().sealed()).isFalse();
        boolean adminName = false;
        boolean otherCompany = false;
        for (long seed = 0; seed < 8; seed++) {
            GeneratedSubmission g = generate(Combo.of(Scenario.COMMITMENT_USER_NAME_MISMATCH), seed);
            CommitmentTruth c = commitment(g).orElseThrow();
            String enterprise = ((LicenceTruth) g.expected().truth()).enterpriseName();
            assertThat(c.userName()).isNotEqualTo(enterprise);
            assertThat(c.sealText()).isEqualTo(enterprise);
            adminName |= c.userName().equals(g.application().adminName());
            otherCompany |= c.userName().endsWith("公司");
        }
        assertThat(adminName).isTrue();
        assertThat(otherCompany).isTrue();
    }

    @Test
    void description_scenarios_drop_the_script_or_the_product_from_it() throws IOException {
        for (long seed = 0; seed < 6; seed++) {
            GeneratedSubmission missing = generate(Combo.of(Scenario.DESCRIPTION_MISSING_SCRIPT), seed);
            String text = missing.application().description();
            assertThat(missing.expected().description().script()).isNull();
            if (text != null) {
                assertThat(text).doesNotContain("“", "\"", "「", "话术", "外呼内容");
            }
            GeneratedSubmission bare = generate(Combo.of(Scenario.SCRIPT_PRODUCT_NAME_MISSING), seed);
            DescriptionTruth d = bare.expected().description();
            assertThat(d.namesProduct()).isFalse();
            assertThat(d.script()).isNotBlank().doesNotContain(bare.application().productName());
            assertThat(bare.application().description()).contains(d.script());
            assertThat(bare.application().productName()).isNotBlank();
        }
    }

    @Test
    void a_foreign_seal_is_clear_and_names_another_company() throws IOException {
        for (long seed = 0; seed < 6; seed++) {
            GeneratedSubmission g = generate(Combo.of(Scenario.SEAL_NAME_MISMATCH), seed);
            String enterprise = ((LicenceTruth) g.expected().truth()).enterpriseName();
            List<SealTruth> seals = List.of(letter(g).orElseThrow().seal(), commitment(g).orElseThrow().seal());
            assertThat(seals).anyMatch(s -> !s.text().equals(enterprise) && s.legible());
            assertThat(g.expected().decision()).isEqualTo(ExpectedDecision.MANUAL_REVIEW);
        }
    }

    @Test
    void a_pair_spoils_two_parts_and_expects_both_findings() throws IOException {
        GeneratedSubmission g = generate(Combo.pair(Scenario.ID_UPSIDE_DOWN, Scenario.LETTER_SEAL_MISSING), 3);
        assertThat(g.expected().codes()).containsExactly("ID_CARD_UPSIDE_DOWN", "LETTER_SEAL_MISSING");
        assertThat(g.expected().scenario()).isEqualTo("ID_UPSIDE_DOWN+LETTER_SEAL_MISSING");
        assertThat(letter(g).orElseThrow().sealed()).isFalse();
        assertThat(commitment(g).orElseThrow().sealed()).isTrue();
        assertThat(g.expected().documents()).anyMatch(f -> f.kind() == GeneratedKind.ID_CARD_FRONT
                || f.kind() == GeneratedKind.ID_CARD_HANDHELD);
        JsonNode written = new ObjectMapper().readTree(g.dir().resolveSibling(g.dir().getFileName() + ".expected.json").toFile());
        JsonNode letter = null;
        for (JsonNode d : written.get("documents")) {
            letter = d.get("kind").asText().equals("NUMBER_APPLICATION_LETTER") ? d.get("truth") : letter;
        }
        assertThat(letter).isNotNull();
        assertThat(letter.get("sealed").asBoolean()).isFalse();
        assertThat(letter.get("adminName").asText()).isEqualTo(g.application().adminName());
        assertThat(letter.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    private GeneratedSubmission generate(Combo combo, long seed) throws IOException {
        return new SubmissionGenerator(SMALL, TODAY).generate(new Random(seed), combo,
                tmp.resolve(combo.name() + "-" + seed));
    }

    private static Optional<LetterTruth> letter(GeneratedSubmission g) {
        return g.expected().documents().stream().filter(f -> f.truth() instanceof LetterTruth)
                .map(f -> (LetterTruth) f.truth()).findFirst();
    }

    private static Optional<CommitmentTruth> commitment(GeneratedSubmission g) {
        return g.expected().documents().stream().filter(f -> f.truth() instanceof CommitmentTruth)
                .map(f -> (CommitmentTruth) f.truth()).findFirst();
    }
}
