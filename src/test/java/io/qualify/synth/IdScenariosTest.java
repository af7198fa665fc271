package io.qualify.synth;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.text.IdNumbers;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdScenariosTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final GeneratorOptions SMALL = GeneratorOptions.random().withValuePx(18)
            .withDegradation(DegradationLevel.NONE).withIdPhotoPx(400);

    @TempDir
    Path tmp;

    @Test
    void every_submission_holds_three_clean_photos_of_the_administrators_card() throws IOException {
        GeneratedSubmission g = generate(Scenario.CLEAN, 1);
        List<GeneratedFile> ids = idPhotos(g);
        assertThat(ids).extracting(GeneratedFile::kind).containsExactlyInAnyOrder(GeneratedKind.ID_CARD_FRONT,
                GeneratedKind.ID_CARD_BACK, GeneratedKind.ID_CARD_HANDHELD);
        for (GeneratedFile f : ids) {
            assertThat(f.degradation().get("rotation")).isIn(0, 90, 270);
            assertThat(f.degradation()).containsEntry("mirrored", false).containsKeys("scene", "cardQuad");
            assertThat(f.file()).matches(".+\\.(jpg|png)");
            IdCardTruth card = (IdCardTruth) f.truth();
            assertThat(g.application().adminName()).isEqualTo(card.name());
            assertThat(g.application().adminIdNumber()).isEqualTo(card.idNumber());
            assertThat(IdNumbers.isValid(card.idNumber())).isTrue();
        }
        assertThat(ids.stream().filter(f -> f.kind() == GeneratedKind.ID_CARD_HANDHELD).findFirst().orElseThrow()
                .truth()).extracting(t -> ((IdCardTruth) t).side()).isEqualTo(IdCardTruth.Side.FRONT);
    }

    @Test
    void missing_scenarios_leave_out_their_photo() {
        for (long seed = 0; seed < 20; seed++) {
            assertThat(kinds(Scenario.ID_FRONT_MISSING, seed)).doesNotContain(GeneratedKind.ID_CARD_FRONT)
                    .contains(GeneratedKind.ID_CARD_BACK, GeneratedKind.ID_CARD_HANDHELD);
            assertThat(kinds(Scenario.ID_BACK_MISSING, seed)).doesNotContain(GeneratedKind.ID_CARD_BACK)
                    .contains(GeneratedKind.ID_CARD_FRONT, GeneratedKind.ID_CARD_HANDHELD);
            assertThat(kinds(Scenario.HANDHELD_MISSING, seed)).containsExactly(GeneratedKind.ID_CARD_FRONT,
                    GeneratedKind.ID_CARD_BACK);
        }
    }

    @Test
    void turn_and_mirror_scenarios_spoil_exactly_one_photo() {
        for (long seed = 0; seed < 30; seed++) {
            List<IdShot> upside = plan(Scenario.ID_UPSIDE_DOWN, seed).shots();
            assertThat(upside).filteredOn(s -> s.rotation() == 180).hasSize(1);
            assertThat(upside).noneMatch(IdShot::mirrored);
            List<IdShot> mirrored = plan(Scenario.ID_MIRRORED, seed).shots();
            assertThat(mirrored).filteredOn(IdShot::mirrored).hasSize(1)
                    .allMatch(s -> s.scene() == IdShot.Scene.HANDHELD || s.side() == IdCardTruth.Side.FRONT);
            assertThat(plan(Scenario.CLEAN, seed).shots()).allMatch(s -> s.rotation() != 180 && !s.mirrored());
        }
    }

    @Test
    void expired_and_invalid_number_scenarios_spoil_the_card() throws IOException {
        IdCardTruth expired = plan(Scenario.ID_EXPIRED, 3).card();
        assertThat(expired.validUntil()).isBefore(TODAY);
        GeneratedSubmission invalid = generate(Scenario.ID_NUMBER_INVALID, 4);
        IdCardTruth card = (IdCardTruth) idPhotos(invalid).get(0).truth();
        assertThat(IdNumbers.isValid(card.idNumber())).isFalse();
        assertThat(invalid.application().adminIdNumber()).isEqualTo(card.idNumber());
        assertThat(invalid.expected().codes()).containsExactly("ID_NUMBER_INVALID");
        for (long seed = 0; seed < 20; seed++) {
            IdCardTruth c = plan(Scenario.CLEAN, seed).card();
            assertThat(IdNumbers.isValid(c.idNumber())).isTrue();
            assertThat(c.validUntil() == null || c.validUntil().isAfter(TODAY)).isTrue();
        }
    }

    @Test
    void id_scenarios_keep_a_clean_licence() throws IOException {
        GeneratedSubmission g = generate(Scenario.ID_MIRRORED, 5);
        assertThat(g.expected().truth()).isInstanceOf(LicenceTruth.class);
        assertThat(io.qualify.text.CreditCodes.isValid(((LicenceTruth) g.expected().truth()).creditCode())).isTrue();
    }

    private GeneratedSubmission generate(Scenario s, long seed) throws IOException {
        return new SubmissionGenerator(SMALL, TODAY).generate(new Random(seed), s, tmp.resolve(s + "-" + seed));
    }

    private static IdPlanner.IdPlan plan(Scenario s, long seed) {
        return IdPlanner.plan(s, new TruthFaker(new Random(seed)), TODAY);
    }

    private static List<GeneratedKind> kinds(Scenario s, long seed) {
        return plan(s, seed).shots().stream().map(IdShot::kind).toList();
    }

    private static List<GeneratedFile> idPhotos(GeneratedSubmission g) {
        return g.expected().documents().stream().filter(f -> f.truth() instanceof IdCardTruth).toList();
    }
}
