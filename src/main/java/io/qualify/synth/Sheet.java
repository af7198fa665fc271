package io.qualify.synth;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A typed page (letter, commitment) as a list of drawing operations in pixel coordinates: runs of text, filled
 * shapes (rules, logos) and seal impressions. Laid out once, it is painted either as an image ({@link #paint}),
 * which the {@link Degrader} then scans or photographs, or as a born-digital PDF with real text
 * ({@link SheetPdf}). Renderers add operations through {@link #text}, {@link #fill} and {@link #stamp}, measuring
 * with {@link #metrics}.
 */
final class Sheet {

    /** One thing drawn on the sheet. */
    sealed interface Op permits Text, Fill, Stamp {
    }

    /** {@code text} in {@code font} with its baseline starting at (x, baseline). */
    record Text(String text, Font font, Color colour, float x, float baseline) implements Op {
    }

    /** A filled shape (a rule, a logo's disc). */
    record Fill(Shape shape, Color colour) implements Op {
    }

    /**
     * A seal impression centred on (cx, cy), turned by {@code angle} radians.
     *
     * @param shapes the seal's ink around (0, 0) from {@link SealDrawer#outline}
     * @param r      the seal's radius (half width)
     * @param image  the inked impression for raster pages and image-stamped PDFs
     */
    record Stamp(List<Shape> shapes, double r, double cx, double cy, double angle, SealInk ink, BufferedImage image)
            implements Op {
    }

    private static final String CLOSING = "。，,、;；:：)）》」”!！?？";
    private static final BufferedImage SCRATCH = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);

    private final int width;
    private final int height;
    private final Color paper;
    private final List<Op> ops = new ArrayList<>();

    Sheet(int width, int height, Color paper) {
        this.width = width;
        this.height = height;
        this.paper = paper;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    Color paper() {
        return paper;
    }

    List<Op> ops() {
        return List.copyOf(ops);
    }

    /** Metrics of {@code font} as the raster painter draws it (antialiased, fractional). */
    static FontMetrics metrics(Font font) {
        synchronized (SCRATCH) {
            Graphics2D g = SCRATCH.createGraphics();
            hints(g);
            FontMetrics fm = g.getFontMetrics(font);
            g.dispose();
            return fm;
        }
    }

    /** Adds a run of text; answers its width. */
    float text(String text, Font font, Color colour, float x, float baseline) {
        ops.add(new Text(text, font, colour, x, baseline));
        return (float) metrics(font).getStringBounds(text, null).getWidth();
    }

    /** Adds {@code text} centred on {@code cx}. */
    void centred(String text, Font font, Color colour, float cx, float baseline) {
        float w = (float) metrics(font).getStringBounds(text, null).getWidth();
        text(text, font, colour, cx - w / 2, baseline);
    }

    /** Adds {@code text} with {@code spacing} extra pixels between characters, centred on {@code cx}. */
    void spaced(String text, Font font, Color colour, float cx, float baseline, float spacing) {
        FontMetrics fm = metrics(font);
        float total = (float) fm.getStringBounds(text, null).getWidth() + spacing * (text.length() - 1);
        float x = cx - total / 2;
        for (int i = 0; i < text.length(); i++) {
            String c = text.substring(i, i + 1);
            text(c, font, colour, x, baseline);
            x += (float) fm.getStringBounds(c, null).getWidth() + spacing;
        }
    }

    /** Adds {@code text} wrapped within [x, right], the first line indented by {@code indent}; answers the next baseline. */
    float paragraph(String text, Font font, Color colour, float x, float baseline, float right, float indent,
            float lineStep) {
        FontMetrics fm = metrics(font);
        List<String> first = lines(fm, text, right - x - indent);
        if (first.isEmpty()) {
            return baseline;
        }
        text(first.get(0), font, colour, x + indent, baseline);
        float y = baseline + lineStep;
        for (String line : lines(fm, text.substring(first.get(0).length()), right - x)) {
            text(line, font, colour, x, y);
            y += lineStep;
        }
        return y;
    }

    /** {@link Ink#lines}, with closing punctuation pulled up to the line before (no line starts with 。 or ,). */
    private static List<String> lines(FontMetrics fm, String text, float width) {
        List<String> lines = new ArrayList<>(Ink.lines(fm, text, (int) width));
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int n = 0;
            while (n < line.length() && CLOSING.indexOf(line.charAt(n)) >= 0) {
                n++;
            }
            if (n > 0) {
                lines.set(i - 1, lines.get(i - 1) + line.substring(0, n));
                lines.set(i, line.substring(n));
            }
        }
        lines.removeIf(String::isEmpty);
        return lines;
    }

    void fill(Shape shape, Color colour) {
        ops.add(new Fill(shape, colour));
    }

    void stamp(Stamp stamp) {
        ops.add(stamp);
    }

    /** The sheet as an image: paper with faint fibres, then every operation in order, seals pressed in last-come order. */
    BufferedImage paint(Random rnd) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        hints(g);
        g.setColor(paper);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(Math.max(0, paper.getRed() - 10), Math.max(0, paper.getGreen() - 10),
                Math.max(0, paper.getBlue() - 8)));
        for (int i = 0; i < width * height / 5000; i++) {
            int x = rnd.nextInt(width);
            int y = rnd.nextInt(height);
            g.drawLine(x, y, x + rnd.nextInt(7) - 3, y + rnd.nextInt(7) - 3);
        }
        for (Op op : ops) {
            if (op instanceof Text t) {
                g.setFont(t.font());
                g.setColor(t.colour());
                g.drawString(t.text(), t.x(), t.baseline());
            } else if (op instanceof Fill f) {
                g.setColor(f.colour());
                g.fill(f.shape());
            } else if (op instanceof Stamp s) {
                SealDrawer.stamp(img, s.image(), s.cx(), s.cy());
            }
        }
        g.dispose();
        return img;
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }
}
