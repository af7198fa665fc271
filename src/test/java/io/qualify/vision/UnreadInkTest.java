package io.qualify.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.qualify.document.Box;
import io.qualify.synth.Fonts;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Print outside every line read is found; read lines, blank paper, rules and specks are not print. */
class UnreadInkTest {

    private static final int H = 36;
    private static final Box ZONE = new Box(0, 0, 1000, 420);

    @Test
    void a_sign_off_whose_every_line_was_read_holds_no_unread_print() {
        Sheet sheet = new Sheet();
        sheet.line("申请单位：南京蓝海科技有限公司", 60);
        sheet.line("管理员姓名：李娜", 140);
        sheet.line("2026年11月14日", 220);

        assertThat(UnreadInk.holdsText(sheet.image, ZONE, sheet.boxes, H)).isFalse();
    }

    @Test
    void a_line_no_reading_took_in_is_unread_print() {
        Sheet sheet = new Sheet();
        sheet.line("申请单位：南京蓝海科技有限公司", 60);
        sheet.line("管理员姓名：李娜", 140);
        List<Box> read = new ArrayList<>(sheet.boxes);
        sheet.line("2026年11月14日", 220);

        assertThat(UnreadInk.holdsText(sheet.image, ZONE, read, H)).isTrue();
    }

    @Test
    void a_value_in_a_grey_shadow_after_a_read_label_is_unread_print() {
        Sheet sheet = new Sheet();
        sheet.line("日期：", 140);
        List<Box> read = new ArrayList<>(sheet.boxes);
        Graphics2D g = sheet.image.createGraphics();
        g.setColor(new Color(150, 150, 150));
        g.fillRect(200, 100, 420, 60);
        g.dispose();
        sheet.draw("2026年11月14日", 220, 140, new Color(60, 60, 60));

        assertThat(UnreadInk.holdsText(sheet.image, ZONE, read, H)).isTrue();
    }

    @Test
    void blank_paper_an_underline_and_specks_are_not_print() {
        Sheet sheet = new Sheet();
        sheet.line("日期：", 140);
        Graphics2D g = sheet.image.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(200, 150, 400, 2);
        for (int i = 0; i < 12; i++) {
            g.fillRect(100 + 70 * i, 300 + (i % 3) * 20, 3, 3);
        }
        g.dispose();

        assertThat(UnreadInk.holdsText(sheet.image, ZONE, sheet.boxes, H)).isFalse();
    }

    /** A white sheet with lines of print; {@code boxes} are where they stand. */
    private static final class Sheet {
        final BufferedImage image = new BufferedImage(1000, 420, BufferedImage.TYPE_BYTE_GRAY);
        final List<Box> boxes = new ArrayList<>();

        Sheet() {
            assumeTrue(Fonts.installed().families().contains("Noto Sans CJK SC"), "fonts-noto-cjk missing (bin/setup installs it)");
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.dispose();
        }

        void line(String text, int baseline) {
            boxes.add(draw(text, 40, baseline, Color.BLACK));
        }

        Box draw(String text, int x, int baseline, Color color) {
            Graphics2D g = image.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setFont(new Font("Noto Sans CJK SC", Font.PLAIN, H));
                g.setColor(color);
                g.drawString(text, x, baseline);
                int width = g.getFontMetrics().stringWidth(text);
                return new Box(x, baseline - H, width, H + 6);
            } finally {
                g.dispose();
            }
        }
    }
}
