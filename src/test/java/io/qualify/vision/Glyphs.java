package io.qualify.vision;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How alike two Chinese characters look: both are drawn in the same place of the same em square, in
 * each of up to two installed CJK typefaces (a Song/Ming one and a Hei/sans one), and each one's
 * strokes are checked against the other's. {@link #similarity(char, char)} is the share of one
 * character's ink that lies within a stroke's half-width of the other's ink, the lower of the two
 * directions and of the faces; 1 is the same drawing. 宇 and 字 share all but one stroke and score
 * high; two unrelated characters of the same density share their outline and little else.
 * Empty when no installed font draws both characters: then nothing can be said of their look.
 * {@link #alikePairs} lists every pair of a set at least so alike, as {@code LookAlikeTableTest} ships
 * them for {@code LookAlikes}: the review itself draws no glyph, so its verdicts do not depend on the
 * fonts of the machine it runs on.
 */
public final class Glyphs {

    /** The em size characters are drawn at, in pixels: strokes come out 3–5 px wide. */
    private static final int SIZE = 48;
    private static final int CANVAS = 64;
    /** Ink this close to the other character's ink (in pixels, under half a stroke) counts as shared. */
    private static final double NEAR = 1.5;

    private static final Glyphs INSTALLED = new Glyphs(installedFaces());

    private final List<Font> faces;
    private final Map<String, float[]> distances = new ConcurrentHashMap<>();

    Glyphs(List<Font> faces) {
        this.faces = List.copyOf(faces);
    }

    /** Over the named families, in that order; a family not installed falls back as AWT decides. */
    public static Glyphs of(String... families) {
        List<Font> faces = new ArrayList<>();
        for (String family : families) {
            faces.add(new Font(family, Font.PLAIN, SIZE));
        }
        return new Glyphs(faces);
    }

    /** Over the CJK fonts of this machine (found once). */
    public static Glyphs installed() {
        return INSTALLED;
    }

    /** The similarity of {@code a} and {@code b} in [0, 1], or empty when no face draws both. */
    public Optional<Double> similarity(char a, char b) {
        if (a == b) {
            return Optional.of(1.0);
        }
        double lowest = Double.NaN;
        for (Font face : faces) {
            if (!face.canDisplay(a) || !face.canDisplay(b)) {
                continue;
            }
            double s = Math.min(shared(face, a, b), shared(face, b, a));
            lowest = Double.isNaN(lowest) ? s : Math.min(lowest, s);
        }
        return Double.isNaN(lowest) ? Optional.empty() : Optional.of(lowest);
    }

    /** The share of {@code a}'s ink that lies near {@code b}'s. */
    private double shared(Font face, char a, char b) {
        boolean[] ink = ink(face, a);
        float[] toB = distances.computeIfAbsent(face.getFontName() + b, k -> distanceToInk(ink(face, b)));
        int total = 0;
        int near = 0;
        for (int i = 0; i < ink.length; i++) {
            if (ink[i]) {
                total++;
                if (toB[i] <= NEAR) {
                    near++;
                }
            }
        }
        return total == 0 ? 0 : (double) near / total;
    }

    private static boolean[] ink(Font face, char c) {
        BufferedImage image = new BufferedImage(CANVAS, CANVAS, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(face.deriveFont((float) SIZE));
            g.drawString(String.valueOf(c), (CANVAS - SIZE) / 2, (CANVAS - SIZE) / 2 + SIZE * 7 / 8);
        } finally {
            g.dispose();
        }
        byte[] grey = new byte[CANVAS * CANVAS];
        image.getRaster().getDataElements(0, 0, CANVAS, CANVAS, grey);
        boolean[] ink = new boolean[grey.length];
        for (int i = 0; i < grey.length; i++) {
            ink[i] = (grey[i] & 0xFF) >= 128;
        }
        return ink;
    }

    /** Each pixel's distance to the nearest ink, by the two-pass 3-4 chamfer (in pixels, to within 6%). */
    private static float[] distanceToInk(boolean[] ink) {
        float far = CANVAS * 4f;
        float[] d = new float[ink.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = ink[i] ? 0 : far;
        }
        for (int y = 0; y < CANVAS; y++) {
            for (int x = 0; x < CANVAS; x++) {
                int i = y * CANVAS + x;
                if (x > 0) {
                    d[i] = Math.min(d[i], d[i - 1] + 3);
                }
                if (y > 0) {
                    d[i] = Math.min(d[i], d[i - CANVAS] + 3);
                    if (x > 0) {
                        d[i] = Math.min(d[i], d[i - CANVAS - 1] + 4);
                    }
                    if (x < CANVAS - 1) {
                        d[i] = Math.min(d[i], d[i - CANVAS + 1] + 4);
                    }
                }
            }
        }
        for (int y = CANVAS - 1; y >= 0; y--) {
            for (int x = CANVAS - 1; x >= 0; x--) {
                int i = y * CANVAS + x;
                if (x < CANVAS - 1) {
                    d[i] = Math.min(d[i], d[i + 1] + 3);
                }
                if (y < CANVAS - 1) {
                    d[i] = Math.min(d[i], d[i + CANVAS] + 3);
                    if (x < CANVAS - 1) {
                        d[i] = Math.min(d[i], d[i + CANVAS + 1] + 4);
                    }
                    if (x > 0) {
                        d[i] = Math.min(d[i], d[i + CANVAS - 1] + 4);
                    }
                }
            }
        }
        for (int i = 0; i < d.length; i++) {
            d[i] /= 3;
        }
        return d;
    }

    /**
     * One serif (Song/Ming) and one sans (Hei) face among the installed fonts that draw simplified
     * Chinese, the families most licences and forms are printed in; fewer when fewer are installed.
     */
    private static List<Font> installedFaces() {
        String probe = "营业执照有限公司";
        List<Font> serif = new ArrayList<>();
        List<Font> sans = new ArrayList<>();
        String[] names;
        try {
            names = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
        } catch (RuntimeException | Error e) {
            return List.of();
        }
        for (String name : names) {
            String n = name.toLowerCase(Locale.ROOT);
            boolean simplified = n.contains(" sc") || n.endsWith(" cn") || n.contains("gb") || n.contains("wqy");
            Font font = new Font(name, Font.PLAIN, SIZE);
            if (!simplified || font.canDisplayUpTo(probe) != -1 || n.contains("mono")) {
                continue;
            }
            (n.contains("serif") || n.contains("ming") || n.contains("song") ? serif : sans).add(font);
        }
        serif.sort((x, y) -> x.getFamily().compareTo(y.getFamily()));
        sans.sort((x, y) -> x.getFamily().compareTo(y.getFamily()));
        List<Font> faces = new ArrayList<>();
        serif.stream().findFirst().ifPresent(faces::add);
        sans.stream().findFirst().ifPresent(faces::add);
        return faces;
    }

    /**
     * Every pair of the given characters whose {@link #similarity} is at least {@code threshold}, each as
     * its two characters in code order, in code order. The same measure computed on bit sets: a pixel's
     * distance to ink is at most {@link #NEAR} exactly when ink lies among its eight neighbours or under
     * it (the chamfer's steps are 1 and 4/3, then 2), so the ink near a character is its ink grown by one
     * pixel all round.
     */
    public List<String> alikePairs(String characters, double threshold) {
        int[] chars = characters.codePoints().filter(c -> c <= Character.MAX_VALUE).distinct().sorted().toArray();
        int n = chars.length;
        int words = CANVAS * CANVAS / 64;
        long[][][] ink = new long[faces.size()][n][];
        long[][][] grown = new long[faces.size()][n][];
        int[][] count = new int[faces.size()][n];
        for (int f = 0; f < faces.size(); f++) {
            Font face = faces.get(f);
            for (int i = 0; i < n; i++) {
                if (face.canDisplay((char) chars[i])) {
                    boolean[] drawn = ink(face, (char) chars[i]);
                    ink[f][i] = bits(drawn);
                    grown[f][i] = bits(grownByOne(drawn));
                    count[f][i] = cardinality(ink[f][i]);
                }
            }
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double lowest = Double.NaN;
                for (int f = 0; f < faces.size() && !(lowest < threshold); f++) {
                    if (ink[f][i] == null || ink[f][j] == null) {
                        continue;
                    }
                    double s = Math.min(share(ink[f][i], count[f][i], grown[f][j], words),
                            share(ink[f][j], count[f][j], grown[f][i], words));
                    lowest = Double.isNaN(lowest) ? s : Math.min(lowest, s);
                }
                if (lowest >= threshold) {
                    pairs.add(new String(new char[] {(char) chars[i], (char) chars[j]}));
                }
            }
        }
        return pairs;
    }

    private static double share(long[] ink, int total, long[] near, int words) {
        if (total == 0) {
            return 0;
        }
        int shared = 0;
        for (int w = 0; w < words; w++) {
            shared += Long.bitCount(ink[w] & near[w]);
        }
        return (double) shared / total;
    }

    private static int cardinality(long[] bits) {
        int c = 0;
        for (long b : bits) {
            c += Long.bitCount(b);
        }
        return c;
    }

    private static long[] bits(boolean[] pixels) {
        long[] out = new long[pixels.length / 64];
        for (int i = 0; i < pixels.length; i++) {
            if (pixels[i]) {
                out[i >> 6] |= 1L << (i & 63);
            }
        }
        return out;
    }

    private static boolean[] grownByOne(boolean[] ink) {
        boolean[] out = new boolean[ink.length];
        for (int y = 0; y < CANVAS; y++) {
            for (int x = 0; x < CANVAS; x++) {
                if (!ink[y * CANVAS + x]) {
                    continue;
                }
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int yy = y + dy;
                        int xx = x + dx;
                        if (yy >= 0 && yy < CANVAS && xx >= 0 && xx < CANVAS) {
                            out[yy * CANVAS + xx] = true;
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The faces in use, for the record. */
    public List<String> faces() {
        return faces.stream().map(Font::getFontName).toList();
    }
}
