package io.qualify.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.document.Box;
import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.ocr.OcrEngine;
import io.qualify.ocr.OcrLine;
import io.qualify.ocr.OcrWord;
import io.qualify.ocr.PageImages;
import io.qualify.ocr.TesseractEngine;
import io.qualify.synth.IdCardRenderer;
import io.qualify.synth.IdCardTruth;
import io.qualify.synth.TruthFaker;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A rendered card photographed plainly, upside down and mirrored, read by {@link IdCardPhotos}. */
class IdCardPhotosTest {

    private static OcrEngine engine;
    private static final IdCardTruth CARD = new TruthFaker(new Random(11)).idCard(LocalDate.of(2026, 11, 28), false);
    private final IdCardPhotos photos = new IdCardPhotos();

    @BeforeAll
    static void engine() {
        Natives.qualify();
        engine = new TesseractEngine(Path.of("tessdata"), "chi_sim");
    }

    @AfterAll
    static void close() {
        if (engine != null) {
            engine.close();
        }
    }

    /** The card on a grey desk, a fifth of the photo's width as margin on each side. */
    private static BufferedImage photo(IdCardTruth card) {
        BufferedImage flat = new IdCardRenderer().render(card, 1000, new Random(3));
        int margin = 220;
        BufferedImage photo = new BufferedImage(flat.getWidth() + 2 * margin, flat.getHeight() + 2 * margin, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(92, 84, 78));
        g.fillRect(0, 0, photo.getWidth(), photo.getHeight());
        g.drawImage(flat, margin, margin, null);
        g.dispose();
        return photo;
    }

    private Document read(BufferedImage photo) {
        IdCardPhotos.Result result = photos.read("card.jpg", photo, engine, DocumentKind.UNKNOWN, List.of(), 0, 0, null);
        assertThat(result.document()).as("read as a card").isNotNull();
        return result.document();
    }

    @Test
    void reads_a_front_as_it_lies() {
        Document front = read(photo(CARD));

        assertThat(front.kind()).isEqualTo(DocumentKind.ID_CARD_FRONT);
        assertThat(front.rotation()).isZero();
        assertThat(front.mirrored()).isFalse();
        assertThat(front.value("idNumber")).isEqualTo(CARD.idNumber());
        assertThat(front.evidence().toMap()).containsKeys("cardQuad", "orientationScores", "cardAreaShare");
    }

    @Test
    void a_card_read_plainly_off_its_outline_is_a_card_before_any_page_reading() {
        BufferedImage plain = photo(CARD);
        IdCardPhotos.Look look = photos.look(plain, engine);

        assertThat(look.plainCard()).isTrue();
        Document early = photos.read("card.jpg", plain, engine, DocumentKind.UNKNOWN, List.of(), 0, 0, look).document();
        assertThat(early.kind()).isEqualTo(DocumentKind.ID_CARD_FRONT);
        assertThat(early.value("idNumber")).isEqualTo(CARD.idNumber());
        // a mirrored photo reads as a card only another way round: the page is read first, as before
        assertThat(photos.look(PageImages.flipHorizontally(plain), engine).plainCard()).isFalse();
        assertThat(photos.look(new BufferedImage(40, 400, BufferedImage.TYPE_INT_RGB), engine).plainCard()).isFalse();
    }

    @Test
    void finds_a_card_turned_half_round() {
        Document front = read(PageImages.rotateClockwise(photo(CARD), 180));

        assertThat(front.rotation()).isEqualTo(180);
        assertThat(front.mirrored()).isFalse();
        assertThat(front.evidence().toMap()).containsEntry("orientationSure", true);
    }

    @Test
    void a_card_read_off_the_page_without_its_outline_is_upside_down_only_when_the_turn_was_sure() {
        // seed 19777: handheld photos held upside down, no outline found; the page read the card at 180°
        List<OcrLine> lines = List.of(line("姓名张伟"), line("性别男民族汉"), line("公民身份号码" + CARD.idNumber()));
        BufferedImage photo = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);

        Document sure = photos.read("hand.jpg", photo, engine, DocumentKind.ID_CARD_FRONT, lines, 180, 12.1,
                IdCardPhotos.Look.NONE).document();
        Document unsure = photos.read("hand.jpg", photo, engine, DocumentKind.ID_CARD_FRONT, lines, 180, 2.5,
                IdCardPhotos.Look.NONE).document();

        assertThat(sure.rotation()).isEqualTo(180);
        assertThat(sure.evidence().toMap()).containsEntry("orientationSure", true).containsEntry("cardOutlineFound", false);
        assertThat(unsure.evidence().toMap()).containsEntry("orientationSure", false).containsEntry("orientationLead", 2.5);
    }

    private static OcrLine line(String text) {
        return new OcrLine(text, new Box(0, 0, 20 * text.length(), 20), 0.95,
                List.of(new OcrWord(text, new Box(0, 0, 20 * text.length(), 20), 0.95)));
    }

    @Test
    void rights_a_quarter_turn_without_calling_it_upside_down() {
        assertThat(read(PageImages.rotateClockwise(photo(CARD), 90)).rotation()).isIn(90, 270);
    }

    @Test
    void finds_a_mirrored_photo() {
        Document front = read(PageImages.flipHorizontally(photo(CARD)));

        assertThat(front.mirrored()).isTrue();
        assertThat(front.rotation()).isZero();
        assertThat(front.evidence().toMap()).containsEntry("mirrorSure", true);
    }

    @Test
    void reads_the_backs_period() {
        Document back = read(photo(CARD.withSide(IdCardTruth.Side.BACK)));

        assertThat(back.kind()).isEqualTo(DocumentKind.ID_CARD_BACK);
        String until = CARD.validUntil() == null ? "长期" : CARD.validUntil().toString();
        assertThat(back.value("validUntil")).isEqualTo(until);
    }
}
