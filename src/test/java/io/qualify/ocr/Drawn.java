package io.qualify.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/** Text drawn black on white in a given font, for engine tests: one line after another, {@code pitch} px apart, from {@code x}. */
public final class Drawn {

    private Drawn() {
    }

    public static BufferedImage lines(List<String> lines, String family, int size, int width, int pitch, int x) {
        return rows(lines.stream().map(List::of).toList(), family, Font.PLAIN, size, width, pitch, x);
    }

    /** Rows of cells, each row's {@code i}th cell drawn from {@code xs[i]}, in the given style (bold labels). */
    public static BufferedImage rows(List<List<String>> rows, String family, int style, int size, int width, int pitch, int... xs) {
        BufferedImage image = new BufferedImage(width, pitch + 30 + pitch * rows.size(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            g.setFont(new Font(family, style, size));
            for (int i = 0; i < rows.size(); i++) {
                for (int c = 0; c < rows.get(i).size(); c++) {
                    g.drawString(rows.get(i).get(c), xs[c], pitch + pitch * i);
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
