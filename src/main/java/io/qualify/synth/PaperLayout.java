package io.qualify.synth;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Random;

/**
 * Lays out a typed office paper (letter, commitment) onto a {@link Sheet} from the top down: an optional red
 * letterhead or red logo (distractors for seal finding), the title, paragraphs, labelled sign-off lines and the
 * seal. Its look (body font Song, Hei or Kai, margins, line spacing, colon style) is drawn once at
 * {@link #start}; the renderers call the rest in reading order and keep {@link #y} moving down.
 */
final class PaperLayout {

    private static final Color RED = new Color(205, 25, 30);

    private final Sheet sheet;
    private final RenderStyle style;
    private final Random rnd;
    private final Font body;
    private final Font title;
    private final Color ink;
    private final String colon;
    private final boolean underline;
    final float left;
    final float right;
    final float step;
    float y;

    private PaperLayout(RenderStyle style, Random rnd) {
        this.style = style;
        this.rnd = rnd;
        int w = style.width();
        int h = style.height();
        int px = Math.max(8, Math.round(style.valuePx() * (0.72f + rnd.nextFloat() * 0.16f)));
        String family = rnd.nextInt(3) == 0 ? style.labelFamily() : style.valueFamily();
        this.sheet = new Sheet(w, h, new Color(250 - rnd.nextInt(6), 250 - rnd.nextInt(6), 248 - rnd.nextInt(8)));
        this.body = new Font(family, Font.PLAIN, px);
        this.title = new Font(style.titleFamily(), Font.BOLD, Math.round(px * (1.6f + rnd.nextFloat() * 0.5f)));
        this.ink = new Color(rnd.nextInt(30), rnd.nextInt(30), rnd.nextInt(35));
        this.colon = rnd.nextBoolean() ? ":" : "：";
        this.underline = rnd.nextInt(4) == 0;
        this.left = w * (0.09f + rnd.nextFloat() * 0.05f);
        this.right = w - w * (0.09f + rnd.nextFloat() * 0.04f);
        this.step = px * (1.6f + rnd.nextFloat() * 0.4f);
        this.y = h * (0.06f + rnd.nextFloat() * 0.04f) + px;
    }

    static PaperLayout start(RenderStyle style, Random rnd) {
        return new PaperLayout(style, rnd);
    }

    Sheet sheet() {
        return sheet;
    }

    Font body() {
        return body;
    }

    Random rnd() {
        return rnd;
    }

    /** A 红头: the enterprise's name large in red, centred, over a thick and a thin red rule. */
    void letterhead(String enterprise) {
        Font head = new Font(style.titleFamily(), Font.BOLD, Math.round(body.getSize() * (1.9f + rnd.nextFloat() * 0.5f)));
        float cx = sheet.width() / 2f;
        float spacing = rnd.nextBoolean() ? body.getSize() * 0.2f : 0;
        y += head.getSize() * 0.4f;
        sheet.spaced(enterprise, head, RED, cx, y, spacing);
        y += head.getSize() * 0.7f;
        float thick = Math.max(2, body.getSize() / 6f);
        sheet.fill(new Rectangle2D.Float(left, y, right - left, thick), RED);
        if (rnd.nextBoolean()) {
            sheet.fill(new Rectangle2D.Float(left, y + thick * 2, right - left, Math.max(1, thick / 3)), RED);
        }
        y += step * 1.6f;
    }

    /** A red logo at the top left: a disc or a rounded square with the trade name's first character in white. */
    void logo(String enterprise, String mark) {
        float size = body.getSize() * (2.4f + rnd.nextFloat());
        float top = y - body.getSize();
        if (rnd.nextBoolean()) {
            sheet.fill(new Ellipse2D.Float(left, top, size, size), RED);
        } else {
            sheet.fill(new RoundRectangle2D.Float(left, top, size, size, size / 3, size / 3), RED);
        }
        Font f = new Font(style.titleFamily(), Font.BOLD, Math.round(size * 0.62f));
        sheet.centred(mark, f, Color.WHITE, left + size / 2, top + size * 0.74f);
        Font name = new Font(style.labelFamily(), Font.BOLD, Math.round(body.getSize() * 1.1f));
        sheet.text(enterprise, name, RED, left + size * 1.25f, top + size * 0.64f);
        y = top + size + step;
    }

    void title(String text) {
        y += title.getSize() * 0.6f;
        float spacing = text.length() <= 7 ? title.getSize() * (0.2f + rnd.nextFloat() * 0.4f) : 0;
        sheet.spaced(text, title, ink, sheet.width() / 2f, y, spacing);
        y += title.getSize() * 0.6f + step * 1.2f;
    }

    /** A line at the left margin, {@code indent} characters in. */
    void line(String text, int indent) {
        sheet.text(text, body, ink, left + indent * body.getSize(), y);
        y += step;
    }

    /** A paragraph with its first line indented two characters, as Chinese letters are set. */
    void paragraph(String text) {
        y = sheet.paragraph(text, body, ink, left, y, right, 2 * body.getSize(), step);
    }

    /** A label with its value ({@code null}: a blank), at {@code x}; answers the x where the value starts. */
    float field(String label, String value, float x) {
        float labelWidth = sheet.text(label + colon, body, ink, x, y);
        float vx = x + labelWidth + body.getSize() * 0.3f;
        float vw = value == null ? body.getSize() * 8f : sheet.text(value, body, ink, vx, y);
        if (underline || value == null && rnd.nextBoolean()) {
            sheet.fill(new Rectangle2D.Float(vx - 2, y + body.getSize() * 0.2f, vw + 4, Math.max(1, body.getSize() / 14f)),
                    ink);
        }
        y += step;
        return vx;
    }

    /** The x at which a block of lines as wide as {@code widest} ends at the right margin, kept right of centre-left. */
    float blockStart(String widest) {
        float w = (float) Sheet.metrics(body).getStringBounds(widest + colon + "  ", null).getWidth();
        return Math.max(left, Math.min(sheet.width() * (0.45f + rnd.nextFloat() * 0.08f), right - w));
    }

    /**
     * Stamps {@code seal} about (cx, cy): about 4 cm across on A4, turned a little; a seal not meant to be read
     * is sometimes pressed partly off the paper's right edge.
     */
    void stamp(SealTruth seal, float cx, float cy) {
        // 40–45 mm on a 210 mm page; an oval's r is its half width
        double r = sheet.width() * (0.085 + rnd.nextDouble() * 0.02) * (seal.shape() == SealTruth.Shape.OVAL ? 1.15 : 1);
        double jitter = r * 0.25;
        double x = cx + (rnd.nextDouble() - 0.5) * jitter;
        double yy = cy + (rnd.nextDouble() - 0.5) * jitter;
        x = Math.min(x, sheet.width() - r * 1.1);
        if (!seal.legible() && rnd.nextInt(8) == 0) {
            x = sheet.width() - r * (0.5 + rnd.nextDouble() * 0.3);
        }
        double angle = Math.toRadians((rnd.nextDouble() - 0.5) * (seal.legible() ? 16 : 30));
        SealInk ink = SealInk.random(rnd, seal.legible());
        var shapes = SealDrawer.outline(seal, r, style.valueFamily());
        sheet.stamp(new Sheet.Stamp(shapes, r, x, yy, angle, ink, SealDrawer.impression(shapes, r, angle, ink, rnd)));
    }
}
