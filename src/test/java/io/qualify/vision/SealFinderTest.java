package io.qualify.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.qualify.document.Box;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.BasicStroke;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seal finder on pages drawn by {@link Stamps}: stamps of every kind are found where they were
 * drawn, and the red marks that are not stamps are not taken for one.
 */
class SealFinderTest {

    private static final String NAME = "六安江淮电机有限公司";
    private final SealFinder finder = new SealFinder();

    @BeforeAll
    static void openCv() {
        assumeTrue(CardFinderTest.Photos.openCvLoads(), "OpenCV natives (org.openpnp:opencv) do not load on this platform");
    }

    @Test
    void finds_a_round_stamp_with_a_star_and_arc_text_where_it_was_drawn() {
        BufferedImage page = Stamps.page();
        Graphics2D g = Stamps.graphics(page);
        Stamps.stamp(g, 900, 1400, 118, 118, Stamps.SEAL_RED, NAME, true, null);
        g.dispose();

        List<Seal> seals = finder.find(page);

        assertThat(seals).hasSize(1);
        assertNear(seals.get(0).box(), new Box(782, 1282, 236, 236));
        assertThat(seals.get(0).shape()).isEqualTo(Seal.Shape.ROUND);
        assertThat(seals.get(0).star()).isTrue();
        assertThat(seals.get(0).confidence()).isGreaterThan(0.8);
    }

    @Test
    void finds_an_oval_stamp_without_a_star() {
        BufferedImage page = Stamps.page();
        Graphics2D g = Stamps.graphics(page);
        Stamps.stamp(g, 620, 1300, 140, 95, Stamps.SEAL_RED, NAME, false, "合同专用章");
        g.dispose();

        List<Seal> seals = finder.find(page);

        assertThat(seals).hasSize(1);
        assertNear(seals.get(0).box(), new Box(480, 1205, 280, 190));
        assertThat(seals.get(0).shape()).isEqualTo(Seal.Shape.OVAL);
        assertThat(seals.get(0).star()).isFalse();
    }

    @Test
    void finds_a_pale_pink_stamp() {
        BufferedImage page = Stamps.page();
        Graphics2D g = Stamps.graphics(page);
        Stamps.stamp(g, 900, 1400, 118, 118, new Color(214, 30, 38, 95), NAME, true, null);
        g.dispose();

        assertThat(finder.find(page)).singleElement()
                .satisfies(s -> assertNear(s.box(), new Box(782, 1282, 236, 236)));
    }

    @Test
    void finds_a_stamp_half_off_the_page_edge() {
        BufferedImage page = Stamps.page();
        Graphics2D g = Stamps.graphics(page);
        Stamps.stamp(g, 1200, 1400, 118, 118, Stamps.SEAL_RED, NAME, true, null);
        g.dispose();

        List<Seal> seals = finder.find(page);

        assertThat(seals).hasSize(1);
        Box box = seals.get(0).box();
        assertThat(box.x()).isBetween(1070, 1095);
        assertThat(box.centerY()).isBetween(1385, 1415);
    }

    @Test
    void finds_a_stamp_whose_ring_is_worn_through_in_places() {
        BufferedImage page = Stamps.page();
        Graphics2D g = Stamps.graphics(page);
        Stamps.stamp(g, 900, 1400, 118, 118, Stamps.SEAL_RED, NAME, true, null);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(14f));
        for (int start : new int[] {10, 100, 200, 290}) {
            g.draw(new Arc2D.Double(782, 1282, 236, 236, start, 28, Arc2D.OPEN));
        }
        g.dispose();

        assertThat(finder.find(page)).hasSize(1);
    }

    @Test
    void finds_a_stamp_printed_over_black_text() {
        BufferedImage page = Stamps.page();
        Graphics2D g = Stamps.graphics(page);
        Stamps.stamp(g, 800, 1300, 118, 118, new Color(214, 30, 38, 200), NAME, true, null);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Stamps.FONT, Font.BOLD, 40));
        for (int y = 1220; y < 1420; y += 60) {
            g.drawString("江苏省教师培训中心  二〇二一年十月二十日", 560, y);
        }
        g.dispose();

        assertThat(finder.find(page)).singleElement()
                .satisfies(s -> assertNear(s.box(), new Box(682, 1182, 236, 236)));
    }

    @Test
    void finds_a_stamp_on_a_phone_photo_with_a_warm_cast() {
        BufferedImage page = Stamps.page();
        Graphics2D g = Stamps.graphics(page);
        Stamps.stamp(g, 900, 1400, 118, 118, Stamps.SEAL_RED, NAME, true, null);
        Stamps.handwriting(g, 150, 1450, 300, 3);
        g.dispose();

        assertThat(finder.find(Stamps.warmPhoto(page))).singleElement()
                .satisfies(s -> assertNear(s.box(), new Box(782, 1282, 236, 236)));
    }

    @Test
    void finds_two_stamps_stamped_overlapping() {
        BufferedImage page = Stamps.page();
        Graphics2D g = Stamps.graphics(page);
        Stamps.stamp(g, 500, 1400, 118, 118, Stamps.SEAL_RED, NAME, true, null);
        Stamps.stamp(g, 720, 1405, 118, 118, Stamps.SEAL_RED, "江苏教育行政干部培训中心", true, null);
        g.dispose();

        List<Seal> seals = finder.find(page);

        assertThat(seals).hasSize(2);
        assertThat(seals).extracting(s -> s.box().x() + s.box().width() / 2)
                .anySatisfy(x -> assertThat(x).isBetween(490, 510))
                .anySatisfy(x -> assertThat(x).isBetween(710, 730));
    }

    @Test
    void takes_a_seal_crop_that_is_all_seal_as_one_seal() {
        BufferedImage crop = new BufferedImage(260, 250, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = Stamps.graphics(crop);
        g.setColor(new Color(235, 232, 228));
        g.fillRect(0, 0, 260, 250);
        Stamps.stamp(g, 130, 125, 118, 118, Stamps.SEAL_RED, NAME, true, "销售总公司");
        g.dispose();

        assertThat(finder.find(crop)).singleElement().satisfies(s -> assertNear(s.box(), new Box(12, 7, 236, 236)));
    }

    @Test
    void does_not_take_a_red_title_and_its_rule_for_a_seal() {
        for (String title : List.of("号码申请公函", "国图回")) {
            BufferedImage page = Stamps.page();
            Graphics2D g = Stamps.graphics(page);
            Stamps.redTitle(g, page.getWidth(), title);
            g.dispose();

            assertThat(finder.find(page)).as(title).isEmpty();
        }
    }

    @Test
    void does_not_take_red_ticks_or_crosses_for_seals() {
        BufferedImage page = Stamps.page();
        Graphics2D g = Stamps.graphics(page);
        Stamps.tick(g, 200, 400, 200);
        Stamps.cross(g, 600, 400, 200);
        Stamps.tick(g, 300, 900, 90);
        Stamps.cross(g, 800, 1000, 260);
        g.dispose();

        assertThat(finder.find(page)).isEmpty();
    }

    @Test
    void does_not_take_filled_red_logos_with_white_letters_for_seals() {
        BufferedImage page = Stamps.page();
        Graphics2D g = Stamps.graphics(page);
        Stamps.logo(g, 250, 250, 110, true, "CMC");
        Stamps.logo(g, 700, 250, 110, false, "QX");
        Stamps.logo(g, 900, 1300, 70, true, "AB");
        g.dispose();

        assertThat(finder.find(page)).isEmpty();
    }

    @Test
    void does_not_take_a_red_national_emblem_for_a_seal() {
        BufferedImage page = Stamps.page(1754, 1240);
        Graphics2D g = Stamps.graphics(page);
        Stamps.emblem(g, 877, 140, 100);
        g.dispose();

        assertThat(finder.find(page)).isEmpty();
    }

    @Test
    void does_not_take_red_underlines_handwriting_or_a_pen_circle_for_seals() {
        BufferedImage page = Stamps.page();
        Graphics2D g = Stamps.graphics(page);
        Stamps.underline(g, 100, 420, 900);
        Stamps.underline(g, 100, 700, 300);
        Stamps.handwriting(g, 300, 1100, 500, 1);
        Stamps.handwriting(g, 150, 1500, 250, 2);
        Stamps.penCircle(g, 800, 800, 110);
        g.dispose();

        assertThat(finder.find(page)).isEmpty();
    }

    @Test
    void a_grey_page_has_no_seals() {
        BufferedImage page = Stamps.page();
        Graphics2D g = Stamps.graphics(page);
        Stamps.stamp(g, 900, 1400, 118, 118, Stamps.SEAL_RED, NAME, true, null);
        g.dispose();
        BufferedImage grey = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        grey.getGraphics().drawImage(page, 0, 0, null);

        assertThat(finder.find(grey)).isEmpty();
    }

    @Test
    void odd_images_give_no_seals_and_no_exception() {
        BufferedImage allRed = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = allRed.createGraphics();
        g.setColor(Stamps.SEAL_RED);
        g.fillRect(0, 0, 400, 300);
        g.dispose();
        for (BufferedImage odd : List.of(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB),
                new BufferedImage(3000, 2, BufferedImage.TYPE_INT_RGB), new BufferedImage(2, 3000, BufferedImage.TYPE_INT_ARGB),
                new BufferedImage(500, 500, BufferedImage.TYPE_INT_RGB), allRed)) {
            assertThatCode(() -> assertThat(finder.find(odd)).isEmpty()).doesNotThrowAnyException();
        }
    }

    @Test
    void finds_the_one_seal_on_a_300_dpi_a4_page() {
        BufferedImage page = Stamps.page(2480, 3508);
        Graphics2D g = Stamps.graphics(page);
        Stamps.redTitle(g, page.getWidth(), "号码申请公函");
        Stamps.stamp(g, 1800, 2800, 236, 236, Stamps.SEAL_RED, NAME, true, null);
        g.dispose();

        // how long it takes is bench's to measure (BenchCommand.sealSearch), not a unit test's
        assertThat(finder.find(page)).hasSize(1);
    }

    /** Within a tenth of the seal's size on each edge. */
    private static void assertNear(Box found, Box truth) {
        int tol = Math.max(truth.width(), truth.height()) / 10;
        assertThat(Math.abs(found.x() - truth.x())).as("left of %s vs %s", found, truth).isLessThanOrEqualTo(tol);
        assertThat(Math.abs(found.y() - truth.y())).as("top of %s vs %s", found, truth).isLessThanOrEqualTo(tol);
        assertThat(Math.abs(found.right() - truth.right())).as("right of %s vs %s", found, truth).isLessThanOrEqualTo(tol);
        assertThat(Math.abs(found.bottom() - truth.bottom())).as("bottom of %s vs %s", found, truth).isLessThanOrEqualTo(tol);
    }
}
