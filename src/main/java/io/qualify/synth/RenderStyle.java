package io.qualify.synth;

import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.Random;

/**
 * The look of one rendered document: page size, fonts, sizes, colours and decorations. Make one with
 * {@link #random(Random, Fonts, int, boolean)} so every document looks different, or build one by hand in tests.
 *
 * @param width        page width in pixels
 * @param height       page height in pixels
 * @param labelFamily  font family of the field labels (名称, 类型 …)
 * @param valueFamily  font family of the field values
 * @param titleFamily  font family of the big title
 * @param valuePx      value font size in pixels (glyph height about this)
 * @param labelPx      label font size in pixels
 * @param rowStep      distance between field rows in pixels
 * @param margin       border inset as a fraction of the width
 * @param paper        paper tint
 * @param ink          label colour
 * @param valueInk     value colour
 * @param titleInk     title colour (golden or brown)
 * @param red          emblem and seal red
 * @param borderInk    colour of the decorative border
 * @param borderKind   0 wavy rope, 1 meander (Greek key), 2 double line
 * @param watermark    faint repeated text over the page, or null
 * @param sealAlpha    opacity of the registration seal
 */
public record RenderStyle(
        int width, int height, String labelFamily, String valueFamily, String titleFamily,
        int valuePx, int labelPx, int rowStep, double margin, Color paper, Color ink, Color valueInk,
        Color titleInk, Color red, Color borderInk, int borderKind, String watermark, float sealAlpha) {

    private static final List<String> WATERMARKS = List.of("SCJDGL", "仅限认证使用", "仅限网站认证专用", "SAIC");

    /** A random style for a page {@code width} wide, in landscape or portrait proportions. */
    public static RenderStyle random(Random rnd, Fonts fonts, int width, boolean landscape) {
        int height = landscape ? Math.round(width / 1.414f) : Math.round(width * 1.414f);
        double perRow = landscape ? 62 + rnd.nextDouble() * 24 : 34 + rnd.nextDouble() * 14;
        int valuePx = Math.max(8, (int) Math.round(width / perRow));
        int labelPx = (int) Math.round(valuePx * (1.0 + rnd.nextDouble() * (landscape ? 0.3 : 0.35)));
        int rowStep = (int) Math.round(valuePx * (2.2 + rnd.nextDouble() * 0.8));
        return new RenderStyle(width, height, fonts.pickSans(rnd), fonts.pickSerif(rnd),
                rnd.nextInt(3) == 0 ? fonts.pickSerif(rnd) : fonts.pickSans(rnd), valuePx, labelPx, rowStep,
                0.06 + rnd.nextDouble() * 0.04, paper(rnd), grey(rnd, 0, 40), grey(rnd, 10, 70),
                gold(rnd), new Color(200 + rnd.nextInt(40), 20 + rnd.nextInt(30), 20 + rnd.nextInt(30)),
                borderInk(rnd), rnd.nextInt(3), rnd.nextInt(3) == 0 ? Vocabulary.any(rnd, WATERMARKS) : null,
                0.65f + rnd.nextFloat() * 0.3f);
    }

    /** Width for a page whose values are {@code valuePx} high, the inverse of the size rule in {@link #random}. */
    public static int widthForValueHeight(int valuePx, boolean landscape) {
        return landscape ? valuePx * 72 : valuePx * 40;
    }

    Font labelFont() {
        return new Font(labelFamily, Font.BOLD, labelPx);
    }

    Font valueFont() {
        return new Font(valueFamily, Font.PLAIN, valuePx);
    }

    Font valueFont(float scale) {
        return new Font(valueFamily, Font.PLAIN, Math.max(6, Math.round(valuePx * scale)));
    }

    Font titleFont(int px) {
        return new Font(titleFamily, Font.BOLD, px);
    }

    private static Color paper(Random rnd) {
        int base = 236 + rnd.nextInt(20);
        return new Color(Math.min(255, base + rnd.nextInt(4)), Math.min(255, base - rnd.nextInt(5)),
                Math.max(0, base - 4 - rnd.nextInt(14)));
    }

    private static Color grey(Random rnd, int min, int max) {
        int v = min + rnd.nextInt(max - min + 1);
        return new Color(v, v, Math.min(255, v + rnd.nextInt(12)));
    }

    private static Color gold(Random rnd) {
        return switch (rnd.nextInt(3)) {
            case 0 -> new Color(150 + rnd.nextInt(40), 100 + rnd.nextInt(30), 20 + rnd.nextInt(30));
            case 1 -> new Color(110 + rnd.nextInt(30), 70 + rnd.nextInt(20), 30 + rnd.nextInt(20));
            default -> new Color(50 + rnd.nextInt(30), 40 + rnd.nextInt(20), 20 + rnd.nextInt(20));
        };
    }

    private static Color borderInk(Random rnd) {
        return rnd.nextBoolean()
                ? new Color(120 + rnd.nextInt(40), 120 + rnd.nextInt(40), 90 + rnd.nextInt(40))
                : new Color(180 + rnd.nextInt(30), 150 + rnd.nextInt(30), 90 + rnd.nextInt(40));
    }
}
