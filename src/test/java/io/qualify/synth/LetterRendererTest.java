package io.qualify.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.qualify.ocr.OcrResult;
import io.qualify.ocr.SegmentationMode;
import io.qualify.ocr.TesseractEngine;
import io.qualify.ocr.TesseractNatives;
import io.qualify.text.Texts;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class LetterRendererTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void a_letter_prints_every_sign_off_field_and_stamps_the_seal_last() {
        for (long seed = 0; seed < 8; seed++) {
            LetterTruth t = papers(Scenario.CLEAN, seed).letter();
            Sheet sheet = new LetterRenderer().layout(t, style(seed, 1400), new Random(seed));
            String text = text(sheet);
            assertThat(text).contains(t.title(), t.applicant(), t.adminName(), t.adminIdNumber(), t.phone(),
                    t.datePrinted(), "管理员姓名", "管理员身份证号");
            assertThat(text).doesNotContain("经办人");
            assertThat(sheet.ops().get(sheet.ops().size() - 1)).isInstanceOf(Sheet.Stamp.class);
        }
    }

    @Test
    void a_missing_field_is_not_printed() {
        for (long seed = 0; seed < 6; seed++) {
            IdCardTruth admin = signer(seed).admin();
            String noName = text(sheet(papers(Scenario.LETTER_ADMIN_NAME_MISSING, seed).letter(), seed));
            assertThat(noName).doesNotContain(admin.name()).contains(admin.idNumber());
            String noId = text(sheet(papers(Scenario.LETTER_ADMIN_ID_MISSING, seed).letter(), seed));
            assertThat(noId).doesNotContain(admin.idNumber()).contains(admin.name());
            String noDate = text(sheet(papers(Scenario.LETTER_DATE_MISSING, seed).letter(), seed));
            assertThat(noDate).doesNotContain("2026", "二〇二六");
            Sheet unsealed = sheet(papers(Scenario.LETTER_SEAL_MISSING, seed).letter(), seed);
            assertThat(unsealed.ops()).noneMatch(op -> op instanceof Sheet.Stamp);
        }
    }

    @Test
    void a_commitment_prints_its_user_name_and_clauses() {
        CommitmentTruth t = papers(Scenario.CLEAN, 3).commitment();
        Sheet sheet = new CommitmentRenderer().layout(t, style(3, 1400), new Random(3));
        String text = text(sheet);
        assertThat(text).contains(t.title(), "实际用户名称", t.userName(), "承诺单位", t.datePrinted());
        t.clauses().forEach(c -> assertThat(text).contains(c.substring(0, 8)));
        assertThat(sheet.ops()).anyMatch(op -> op instanceof Sheet.Stamp);
    }

    @Test
    void a_born_digital_letter_has_a_text_layer_and_the_same_bytes_each_time() throws IOException {
        Fonts embeddable = PdfFonts.asFonts();
        assumeTrue(embeddable != null, "no embeddable CJK TrueType font (fonts-arphic-uming, fonts-wqy-zenhei)");
        LetterTruth t = papers(Scenario.CLEAN, 4).letter();
        byte[] pdf = SheetPdf.bytes(new LetterRenderer().layout(t, RenderStyle.random(new Random(4), embeddable,
                1240, false), new Random(4)), false);
        byte[] again = SheetPdf.bytes(new LetterRenderer().layout(t, RenderStyle.random(new Random(4), embeddable,
                1240, false), new Random(4)), true);
        try (var doc = Loader.loadPDF(pdf)) {
            String layer = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertThat(layer).contains(t.applicant(), t.adminName(), t.adminIdNumber(), "管理员姓名");
        }
        assertThat(again).isNotEqualTo(pdf);
        assertThat(SheetPdf.bytes(new LetterRenderer().layout(t, RenderStyle.random(new Random(4), embeddable, 1240,
                false), new Random(4)), false)).isEqualTo(pdf);
    }

    @Test
    void tesseract_reads_a_clean_rendered_letter() {
        TesseractNatives.assumeAvailable();
        // unsealed: with the seal over it, Tesseract's page layout on its own loses the sign-off block (the
        // reader has to take the red out first), which is the extractor's business, not the renderer's
        LetterTruth t = papers(Scenario.LETTER_SEAL_MISSING, 2).letter();
        BufferedImage page = new LetterRenderer().render(t, style(2, 1700), new Random(2));
        try (TesseractEngine engine = new TesseractEngine(Path.of("tessdata"), "chi_sim")) {
            OcrResult result = engine.recognize(page, 200, SegmentationMode.PAGE);
            String read = result.text().replaceAll("\\s", "");
            assertThat(read).contains("管理员姓名", t.adminIdNumber().substring(0, 17));
            assertThat(read).contains("申请单位", t.adminIdNumber());
            String name = read.substring(read.indexOf("管理员姓名") + 6).substring(0, t.adminName().length());
            assertThat(Texts.distance(name, t.adminName())).as(name).isLessThanOrEqualTo(1);
        }
    }

    private static Sheet sheet(LetterTruth t, long seed) {
        return new LetterRenderer().layout(t, style(seed, 1400), new Random(seed));
    }

    private static String text(Sheet sheet) {
        return sheet.ops().stream().filter(op -> op instanceof Sheet.Text).map(op -> ((Sheet.Text) op).text())
                .collect(Collectors.joining());
    }

    private static RenderStyle style(long seed, int width) {
        return RenderStyle.random(new Random(seed), Fonts.installed(), width, false);
    }

    private static LetterPlanner.Signer signer(long seed) {
        TruthFaker faker = new TruthFaker(new Random(100 + seed));
        return new LetterPlanner.Signer(faker.companyName(faker.region(), EnterpriseType.LLC), "330106",
                faker.idCard(TODAY, false), "云语会员APP", LocalDate.of(2026, 11, 20));
    }

    private static LetterPlanner.Papers papers(Scenario s, long seed) {
        return LetterPlanner.plan(Combo.of(s), new TruthFaker(new Random(seed)), signer(seed), TODAY);
    }
}
