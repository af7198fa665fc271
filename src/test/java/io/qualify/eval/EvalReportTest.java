package io.qualify.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.check.Finding;
import io.qualify.check.FindingCode;
import io.qualify.document.Application;
import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.Field;
import io.qualify.synth.Combo;
import io.qualify.synth.CommitmentTruth;
import io.qualify.synth.Expected;
import io.qualify.synth.ExpectedDecision;
import io.qualify.synth.GeneratedFile;
import io.qualify.synth.GeneratedKind;
import io.qualify.synth.GeneratedSubmission;
import io.qualify.synth.IdCardTruth;
import io.qualify.synth.ImageFormat;
import io.qualify.synth.LetterTruth;
import io.qualify.synth.Scenario;
import io.qualify.synth.SealTruth;
import io.qualify.verdict.Verdict;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalReportTest {

    private static final IdCardTruth CARD = new IdCardTruth(IdCardTruth.Side.FRONT, "李娜", "女", "汉",
            LocalDate.of(1990, 1, 1), "浙江省杭州市西湖区文三路1号", "330106199001011226", "杭州市公安局西湖分局",
            LocalDate.of(2016, 5, 12), null);

    @Test
    void tallies_id_fields_by_file_name_and_shows_how_photos_were_taken() {
        GeneratedFile front = photo("IMG_0001.jpg", GeneratedKind.ID_CARD_FRONT, CARD, 90, false);
        GeneratedFile back = photo("IMG_0002.jpg", GeneratedKind.ID_CARD_BACK, CARD.withSide(IdCardTruth.Side.BACK),
                0, false);
        GeneratedFile hand = photo("IMG_0003.jpg", GeneratedKind.ID_CARD_HANDHELD, CARD, 0, true);
        Expected expected = new Expected(ExpectedDecision.REJECT, List.of("ID_PHOTO_MIRRORED"), List.of(), null,
                "ID_MIRRORED", Map.of(), List.of(front, back, hand), null);
        GeneratedSubmission generated = new GeneratedSubmission(Path.of("sub-0001"), Combo.of(Scenario.ID_MIRRORED),
                Application.EMPTY, expected);
        Verdict verdict = new Verdict("sub-0001", null, List.of(), List.of(
                read("IMG_0001.jpg", DocumentKind.ID_CARD_FRONT, Map.of("name", "李娜", "idNumber", "330106199001011226")),
                read("IMG_0002.jpg", DocumentKind.ID_CARD_BACK, Map.of("validUntil", "长期")),
                read("IMG_0003.jpg", DocumentKind.ID_CARD_HANDHELD, Map.of("name", "李那"))),
                OffsetDateTime.now(), "test", 10);
        EvalReport report = new EvalReport();
        report.add(generated, verdict);
        String out = report.render(1, 1);
        assertThat(out).contains("name                              1/2", "idNumber                          1/2",
                "validUntil                        1/1");
        assertThat(out).contains("IMG_0003.jpg:name=李那≠李娜", "IMG_0003.jpg:idNumber=null≠330106********1226");
        assertThat(out).contains("ids[IMG_0001.jpg=FRONT/ALONE r90, IMG_0002.jpg=BACK/ALONE, "
                + "IMG_0003.jpg=FRONT/HANDHELD mirrored]");
        assertThat(out).doesNotContain("330106199001011226");
    }

    @Test
    void judges_the_id_photos_apart_from_the_licence() {
        GeneratedFile front = photo("a.jpg", GeneratedKind.ID_CARD_FRONT, CARD, 0, false);
        GeneratedFile hand = photo("b.jpg", GeneratedKind.ID_CARD_HANDHELD, CARD, 0, true);
        Expected mirrored = new Expected(ExpectedDecision.REJECT, List.of("ID_PHOTO_MIRRORED"), List.of(), null,
                "ID_MIRRORED", Map.of(), List.of(front, hand), null);
        Expected clean = new Expected(ExpectedDecision.APPROVE, List.of(), List.of(), null, "CLEAN", Map.of(),
                List.of(front, hand), null);
        EvalReport report = new EvalReport();

        // refused for the mirror (right), even though the licence went to a person
        report.add(submission(mirrored), verdict(Finding.of(FindingCode.ID_PHOTO_MIRRORED, List.of("b.jpg")),
                Finding.of(FindingCode.LOW_CONFIDENCE, List.of("licence.jpg"))));
        // a mirrored selfie passed: wrong, and counted as a faulty photo passed
        report.add(submission(mirrored), verdict());
        // clean photos sent to a person: wrong, but not passed
        report.add(submission(clean), verdict(Finding.of(FindingCode.LOW_CONFIDENCE, List.of("a.jpg"))));
        // clean photos passed while the licence went to a person: right
        report.add(submission(clean), verdict(Finding.of(FindingCode.LOW_CONFIDENCE, List.of("licence.jpg"))));

        assertThat(report.render(1, 1)).contains("ID photos judged right on their own: 2/4 = 50.0% (faulty ones passed: 1)");
    }

    private static GeneratedSubmission submission(Expected expected) {
        return new GeneratedSubmission(Path.of("sub"), Combo.of(Scenario.valueOf(expected.scenario())), Application.EMPTY, expected);
    }

    private static Verdict verdict(Finding... findings) {
        return new Verdict("sub", null, List.of(findings), List.of(), OffsetDateTime.now(), "test", 10);
    }

    @Test
    void scores_letters_and_commitments_by_file_name_fields_and_seals() {
        SealTruth seal = new SealTruth("杭州云语科技有限公司", SealTruth.Shape.ROUND, null, null, false);
        LetterTruth letter = new LetterTruth("号码申请公函", "致:语音服务平台", List.of("特此申请。"), "杭州云语科技有限公司", "李娜",
                null, "13800000000", LocalDate.of(2026, 11, 20), "2026年11月20日", true, seal, "云语会员APP");
        CommitmentTruth commitment = new CommitmentTruth("电信入网承诺书", "本单位承诺:", List.of("1.遵守法律法规。"), "李娜",
                null, LocalDate.of(2026, 11, 20), "2026-11-20", null);
        GeneratedFile l = new GeneratedFile("scan-1.jpg", GeneratedKind.NUMBER_APPLICATION_LETTER, ImageFormat.JPEG,
                Map.of("level", "SCAN"), letter);
        GeneratedFile c = new GeneratedFile("doc2.pdf", GeneratedKind.NETWORK_ACCESS_COMMITMENT, ImageFormat.PDF,
                Map.of("level", "BORN_DIGITAL"), commitment);
        Expected expected = new Expected(ExpectedDecision.REJECT, List.of("LETTER_ADMIN_ID_MISSING",
                "COMMITMENT_SEAL_MISSING"), List.of(), null, "LETTER_ADMIN_ID_MISSING+COMMITMENT_SEAL_MISSING", Map.of(),
                List.of(l, c), null);
        // approved: a wrong decision, so its line lists what was read wrong
        Verdict verdict = new Verdict("sub", null, List.of(), List.of(read("scan-1.jpg", DocumentKind.NUMBER_APPLICATION_LETTER,
                        Map.of("adminName", "李娜", "adminIdNumber", "330106199001011226", "date", "2026-11-20")),
                        read("doc2.pdf", DocumentKind.NETWORK_ACCESS_COMMITMENT, Map.of("userName", "李娜"))),
                OffsetDateTime.now(), "test", 10);
        EvalReport report = new EvalReport();
        report.add(new GeneratedSubmission(Path.of("sub"), Combo.pair(Scenario.LETTER_ADMIN_ID_MISSING,
                Scenario.COMMITMENT_SEAL_MISSING), Application.EMPTY, expected), verdict);
        String out = report.render(1, 1);
        assertThat(out).contains("letter.adminName                  1/1", "letter.adminIdNumber              0/1",
                "letter.date                       1/1", "letter.sealFound                  0/1",
                "commitment.userName               1/1", "commitment.noSealFound            1/1",
                "commitment.kind                   1/1");
        assertThat(out).contains("COMMITMENT_SEAL_MISSING           0/1", "LETTER_ADMIN_ID_MISSING           0/1",
                "false approvals:   1");
        assertThat(out).contains("scan-1.jpg:adminIdNumber=330106********1226≠null", "scan-1.jpg:sealDetected=false");
        assertThat(out).doesNotContain("330106199001011226");
    }

    @Test
    void lists_fields_read_wrong_in_submissions_decided_right_apart_from_the_wrong_decisions() {
        GeneratedFile front = photo("IMG_0001.jpg", GeneratedKind.ID_CARD_FRONT, CARD, 0, false);
        Expected clean = new Expected(ExpectedDecision.APPROVE, List.of(), List.of(), null, "CLEAN", Map.of("level", "PHOTO"),
                List.of(front), null);
        Verdict approved = new Verdict("sub", null, List.of(), List.of(
                read("IMG_0001.jpg", DocumentKind.ID_CARD_FRONT, Map.of("name", "李那", "idNumber", "330106199001011226"))),
                OffsetDateTime.now(), "test", 10);
        EvalReport report = new EvalReport();

        report.add(new GeneratedSubmission(Path.of("sub-0007"), Combo.of(Scenario.CLEAN), Application.EMPTY, clean), approved);

        String out = report.render(1, 1);
        String misreads = out.substring(out.indexOf("fields read wrong in submissions decided right"));
        assertThat(misreads).contains("sub-0007 CLEAN PHOTO IMG_0001.jpg:name=李那≠李娜");
        assertThat(out.substring(out.indexOf("wrong decisions"), out.indexOf("fields read wrong in"))).doesNotContain("sub-0007");
    }

    @Test
    void compares_a_masked_number_masked() {
        assertThat(EvalReport.sameIdValue("idNumber", "330106199001011226", "330106********1226")).isTrue();
        assertThat(EvalReport.sameIdValue("idNumber", "33010619900101122X", "33010619900101122x")).isTrue();
        assertThat(EvalReport.sameIdValue("validUntil", "2036-05-12", "2036-05-12")).isTrue();
        assertThat(EvalReport.sameIdValue("validUntil", "长期", null)).isFalse();
    }

    private static GeneratedFile photo(String file, GeneratedKind kind, IdCardTruth card, int rotation,
            boolean mirrored) {
        String scene = kind == GeneratedKind.ID_CARD_HANDHELD ? "HANDHELD" : "ALONE";
        return new GeneratedFile(file, kind, ImageFormat.JPEG,
                Map.of("scene", scene, "rotation", rotation, "mirrored", mirrored), card);
    }

    private static Document read(String file, DocumentKind kind, Map<String, String> values) {
        Map<String, Field> fields = new java.util.HashMap<>();
        values.forEach((k, v) -> fields.put(k, Field.certain(v)));
        return Document.of(file, kind).pages(1).fields(fields).read("", 0.9).build();
    }
}
