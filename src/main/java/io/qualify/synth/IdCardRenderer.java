package io.qualify.synth;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws a second-generation resident ID card (居民身份证) face at its real proportions, 85.6 × 54 mm, with
 * rounded corners on a white surround ({@link #mask(int, int)} gives the card's shape). The front
 * (人像面) has the blue-grey labels, black values, the number in a monospaced Latin face and the portrait;
 * the back (国徽面) the emblem, the titles, 签发机关 and 有效期限. {@code new IdCardRenderer().render(truth, 1200,
 * rnd)} draws a card 1200 px wide in a random look (fonts, sizes, tints vary a little).
 */
public final class IdCardRenderer {

    /** Height over width of the card (54 / 85.6). */
    static final double ASPECT = 54 / 85.6;

    /** The fonts and colours of one rendering. */
    private record Look(String labelFamily, String valueFamily, String titleFamily, String numberFamily,
            Color label, Color value, float scale) {

        static Look random(Random rnd) {
            Fonts fonts = Fonts.installed();
            return new Look(fonts.pickSans(rnd), rnd.nextInt(4) == 0 ? fonts.pickSerif(rnd) : fonts.pickSans(rnd),
                    rnd.nextBoolean() ? fonts.pickSerif(rnd) : fonts.pickSans(rnd), Fonts.pickMono(rnd),
                    new Color(70 + rnd.nextInt(40), 125 + rnd.nextInt(30), 160 + rnd.nextInt(30)),
                    new Color(10 + rnd.nextInt(25), 10 + rnd.nextInt(25), 15 + rnd.nextInt(25)),
                    0.94f + rnd.nextFloat() * 0.12f);
        }
    }

    public GeneratedKind kind(IdCardTruth truth) {
        return truth.side() == IdCardTruth.Side.FRONT ? GeneratedKind.ID_CARD_FRONT : GeneratedKind.ID_CARD_BACK;
    }

    /** Draws the face {@code truth.side()} of the card {@code width} pixels wide. */
    public BufferedImage render(IdCardTruth truth, int width, Random rnd) {
        int h = (int) Math.round(width * ASPECT);
        BufferedImage img = new BufferedImage(width, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, h);
        g.setClip(shape(width, h));
        Look look = Look.random(rnd);
        if (truth.side() == IdCardTruth.Side.FRONT) {
            CardPatterns.background(g, width, h, tint(rnd, 232, 240, 240), tint(rnd, 222, 232, 238),
                    new Color(120, 160, 190), rnd);
            front(g, truth, width, h, look, rnd);
        } else {
            CardPatterns.background(g, width, h, tint(rnd, 238, 240, 232), tint(rnd, 236, 226, 222),
                    new Color(200, 150, 130), rnd);
            back(g, truth, width, h, look);
        }
        g.dispose();
        return img;
    }

    /** The card's rounded outline (corner radius about 3 mm) in a {@code w} × {@code h} image. */
    static RoundRectangle2D shape(int w, int h) {
        double r = w * 0.074;
        return new RoundRectangle2D.Double(0, 0, w, h, r, r);
    }

    /** White where the card is, black in the cut-off corners, soft at the edge. */
    static BufferedImage mask(int w, int h) {
        BufferedImage m = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = m.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fill(shape(w, h));
        g.dispose();
        return m;
    }

    private static void front(Graphics2D g, IdCardTruth t, int w, int h, Look look, Random rnd) {
        Font label = new Font(look.labelFamily(), Font.PLAIN, px(h, 0.046, look));
        Font value = new Font(look.valueFamily(), Font.PLAIN, px(h, 0.058, look));
        int lx = (int) (w * 0.065);
        int vx = (int) (w * 0.175);
        text(g, "姓名", label, look.label(), lx, h * 0.17);
        text(g, t.name(), new Font(look.valueFamily(), Font.PLAIN, px(h, 0.066, look)), look.value(), vx, h * 0.17);
        text(g, "性别", label, look.label(), lx, h * 0.305);
        text(g, t.sex(), value, look.value(), vx, h * 0.305);
        text(g, "民族", label, look.label(), (int) (w * 0.33), h * 0.305);
        text(g, t.nation(), value, look.value(), (int) (w * 0.43), h * 0.305);
        text(g, "出生", label, look.label(), lx, h * 0.44);
        birth(g, t.birthDate(), label, value, vx, (int) (h * 0.44), w, look);
        text(g, "住址", label, look.label(), lx, h * 0.575);
        List<String> lines = addressLines(t.address(), 11);
        for (int i = 0; i < lines.size(); i++) {
            text(g, lines.get(i), value, look.value(), vx, h * (0.575 + i * 0.092));
        }
        text(g, "公民身份号码", label, look.label(), lx, h * 0.875);
        number(g, t.idNumber(), new Font(look.numberFamily(), Font.BOLD, px(h, 0.068, look)), look.value(),
                w * 0.345, h * 0.875, w * 0.0305);
        portrait(g, w, h, rnd);
    }

    /** {@code 1990 年 1 月 1 日}: the digits in black, the units printed in the label colour as on the card. */
    private static void birth(Graphics2D g, LocalDate d, Font label, Font value, int x, int y, int w, Look look) {
        text(g, String.valueOf(d.getYear()), value, look.value(), x, y);
        text(g, "年", label, look.label(), (int) (w * 0.27), y);
        rightAligned(g, String.valueOf(d.getMonthValue()), value, look.value(), (int) (w * 0.335), y);
        text(g, "月", label, look.label(), (int) (w * 0.345), y);
        rightAligned(g, String.valueOf(d.getDayOfMonth()), value, look.value(), (int) (w * 0.41), y);
        text(g, "日", label, look.label(), (int) (w * 0.42), y);
    }

    /** The number with every character in its own cell, as the card prints it. */
    private static void number(Graphics2D g, String number, Font font, Color ink, double x, double y, double pitch) {
        g.setFont(font);
        g.setColor(ink);
        for (int i = 0; i < number.length(); i++) {
            String c = number.substring(i, i + 1);
            double cw = g.getFontMetrics().stringWidth(c);
            g.drawString(c, (float) (x + i * pitch + (pitch - cw) / 2), (float) y);
        }
    }

    private static void portrait(Graphics2D g, int w, int h, Random rnd) {
        double x0 = w * 0.615;
        double y0 = h * 0.10;
        double pw = w * 0.30;
        double ph = h * 0.64;
        Figures.person(g, x0 + pw / 2, y0 + ph * 0.36, pw * 0.22, ph * 0.25, y0 + ph * 0.8, pw * 0.48, y0 + ph,
                Figures.Look.random(rnd));
    }

    private static void back(Graphics2D g, IdCardTruth t, int w, int h, Look look) {
        Ornaments.emblem(g, (int) (w * 0.155), (int) (h * 0.265), (int) (w * 0.105), new Color(205, 30, 35));
        g.setColor(look.value());
        Ink.justified(g, "中华人民共和国", new Font(look.titleFamily(), Font.BOLD, px(h, 0.078, look)), (int) (w * 0.34),
                (int) (h * 0.21), (int) (w * 0.55));
        Ink.justified(g, "居民身份证", new Font(look.titleFamily(), Font.BOLD, px(h, 0.13, look)), (int) (w * 0.34),
                (int) (h * 0.43), (int) (w * 0.55));
        Font label = new Font(look.labelFamily(), Font.PLAIN, px(h, 0.05, look));
        Font value = new Font(look.valueFamily(), Font.PLAIN, px(h, 0.056, look));
        text(g, "签发机关", label, look.value(), (int) (w * 0.215), h * 0.785);
        text(g, t.authority(), value, look.value(), (int) (w * 0.39), h * 0.785);
        text(g, "有效期限", label, look.value(), (int) (w * 0.215), h * 0.895);
        text(g, t.validityPrinted(), value, look.value(), (int) (w * 0.39), h * 0.895);
    }

    /** The address in lines of at most {@code perLine} characters, at most three lines (the card has no more room). */
    static List<String> addressLines(String address, int perLine) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < address.length() && lines.size() < 3; i += perLine) {
            lines.add(address.substring(i, Math.min(address.length(), i + perLine)));
        }
        return lines;
    }

    private static void text(Graphics2D g, String s, Font f, Color c, int x, double y) {
        g.setFont(f);
        g.setColor(c);
        g.drawString(s, x, (float) y);
    }

    private static void rightAligned(Graphics2D g, String s, Font f, Color c, int right, int y) {
        g.setFont(f);
        text(g, s, f, c, right - g.getFontMetrics().stringWidth(s), y);
    }

    private static int px(int h, double share, Look look) {
        return Math.max(6, Math.round((float) (h * share) * look.scale()));
    }

    private static Color tint(Random rnd, int r, int g, int b) {
        int d = rnd.nextInt(9) - 4;
        return new Color(r + d, g + d, Math.min(255, b + d));
    }
}
