package io.qualify.synth;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * One certificate page being drawn: tinted paper, border frame, emblem, seal with date, watermark.
 * Start with {@link #start(RenderStyle, Random)}, draw the content through {@link #g()} and end with
 * {@link #finish()}, which returns the image.
 */
final class Page {

    private final BufferedImage image;
    private final Graphics2D g;
    private final RenderStyle style;
    private final Random rnd;

    private Page(RenderStyle style, Random rnd) {
        this.style = style;
        this.rnd = rnd;
        this.image = new BufferedImage(style.width(), style.height(), BufferedImage.TYPE_INT_RGB);
        this.g = image.createGraphics();
    }

    static Page start(RenderStyle style, Random rnd) {
        Page p = new Page(style, rnd);
        p.g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        p.g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        p.g.setColor(style.paper());
        p.g.fillRect(0, 0, style.width(), style.height());
        p.fibres();
        return p;
    }

    /** Faint paper fibres so that the background is not a flat colour. */
    private void fibres() {
        Color c = style.paper();
        g.setColor(new Color(Math.max(0, c.getRed() - 12), Math.max(0, c.getGreen() - 12),
                Math.max(0, c.getBlue() - 10)));
        int n = w() * h() / 4000;
        for (int i = 0; i < n; i++) {
            int x = rnd.nextInt(w());
            int y = rnd.nextInt(h());
            g.drawLine(x, y, x + rnd.nextInt(7) - 3, y + rnd.nextInt(7) - 3);
        }
    }

    Graphics2D g() {
        return g;
    }

    RenderStyle style() {
        return style;
    }

    Random rnd() {
        return rnd;
    }

    int w() {
        return style.width();
    }

    int h() {
        return style.height();
    }

    /** The decorative border inset by the style's margin; {@code topExtra} pushes its top edge down. */
    void frame(double topExtra) {
        int m = (int) (style.margin() * w());
        int top = Math.min(m, (int) (0.06 * h())) + (int) (topExtra * h());
        int bottom = Math.min(m, (int) (0.06 * h()));
        int band = Math.max(4, w() / 45);
        Borders.draw(g, new Rectangle(m, top, w() - 2 * m, h() - top - bottom), band, style.borderKind(),
                style.borderInk());
    }

    /** The emblem centred at ({@code cx}, {@code cy}) with radius {@code r}. */
    void emblem(int cx, int cy, int r) {
        Ornaments.emblem(g, cx, cy, r, style.red());
    }

    /** The registration seal centred on (cx, cy) with radius r, drawn over what is there. */
    void seal(String text, int cx, int cy, int r) {
        Font font = new Font(style.labelFamily(), Font.BOLD, 12);
        Ornaments.seal(g, cx, cy, r, text, font, style.red(), style.sealAlpha());
    }

    /** Finishes the page: the watermark (if the style has one) over everything, then the image. */
    BufferedImage finish() {
        if (style.watermark() != null) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.10f + rnd.nextFloat() * 0.08f));
            Ornaments.watermark(g, style.watermark(), new Font(style.labelFamily(), Font.BOLD, style.valuePx() * 2),
                    new Color(120, 120, 120), w(), h());
        }
        g.dispose();
        return image;
    }
}
