package io.qualify.synth;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The installed font families that can draw Chinese licence text, found once through
 * {@link GraphicsEnvironment}. Call {@link #installed()} and then {@link #pick(Random)},
 * {@link #pickSerif(Random)} or {@link #pickSans(Random)} to vary the look of rendered documents.
 * Families are sorted so that a seed picks the same font on the same machine.
 */
public final class Fonts {

    static final String PROBE = "营业执照统一社会信用代码";
    /** Codes, dates and watermarks need Latin letters, digits and punctuation too. */
    private static final String LATIN_PROBE = "0123456789ABCDEFGHJKLMNPQRTUWXY()（）:-.,;￥";
    private static final String DIGITS_PROBE = "0123456789X";
    private static Fonts installed;
    private static List<String> monospaced;

    private final List<String> families;

    Fonts(List<String> families) {
        if (families.isEmpty()) {
            throw new IllegalStateException("No CJK-capable font is installed; install the Debian package "
                    + "fonts-noto-cjk (and optionally fonts-wqy-zenhei fonts-wqy-microhei fonts-arphic-ukai "
                    + "fonts-arphic-uming for variety)");
        }
        this.families = List.copyOf(families);
    }

    /** The CJK families of this machine; throws {@link IllegalStateException} naming fonts-noto-cjk when none. */
    public static synchronized Fonts installed() {
        if (installed == null) {
            installed = new Fonts(scan());
        }
        return installed;
    }

    private static List<String> scan() {
        List<String> found = new ArrayList<>();
        String[] names = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
        for (String name : names) {
            if (isUsable(name) && canDisplay(new Font(name, Font.PLAIN, 12))) {
                found.add(name);
            }
        }
        found.sort(String::compareTo);
        return found;
    }

    /**
     * A monospaced Latin family for numbers printed in an OCR-B-like face (the ID card's number), or Java's
     * logical {@code Monospaced} when none is installed. Separate from the CJK families: these draw no Chinese.
     */
    public static String pickMono(Random rnd) {
        List<String> monos = monospaced();
        return monos.isEmpty() ? Font.MONOSPACED : monos.get(rnd.nextInt(monos.size()));
    }

    private static synchronized List<String> monospaced() {
        if (monospaced == null) {
            List<String> found = new ArrayList<>();
            for (String name : GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT)) {
                String n = name.toLowerCase(Locale.ROOT);
                boolean latin = !n.contains("cjk") && !n.contains("wenquanyi") && !n.equals("monospaced");
                if (n.contains("mono") && latin && new Font(name, Font.BOLD, 12).canDisplayUpTo(DIGITS_PROBE) == -1) {
                    found.add(name);
                }
            }
            found.sort(String::compareTo);
            monospaced = List.copyOf(found);
        }
        return monospaced;
    }

    private static boolean canDisplay(Font font) {
        return font.canDisplayUpTo(PROBE) == -1 && font.canDisplayUpTo(LATIN_PROBE) == -1;
    }

    /** Logical Java families and the Japanese/Korean/traditional variants draw simplified forms wrongly. */
    private static boolean isUsable(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        boolean logical = n.equals("dialog") || n.equals("dialoginput") || n.equals("serif")
                || n.equals("sansserif") || n.equals("monospaced");
        boolean otherScript = List.of(n.split(" ")).stream()
                .anyMatch(w -> List.of("jp", "kr", "tc", "hk", "tw", "mbe").contains(w));
        return !logical && !otherScript && !n.contains("mono");
    }

    public List<String> families() {
        return families;
    }

    /** Any CJK family. */
    public String pick(Random rnd) {
        return families.get(rnd.nextInt(families.size()));
    }

    /** A Song/Ming/Kai-like family (as used for values on licences), or any family when none is installed. */
    public String pickSerif(Random rnd) {
        return pickMatching(rnd, true);
    }

    /** A Hei-like (sans) family, or any family when none is installed. */
    public String pickSans(Random rnd) {
        return pickMatching(rnd, false);
    }

    private String pickMatching(Random rnd, boolean serif) {
        List<String> matching = families.stream().filter(f -> isSerif(f) == serif).toList();
        List<String> from = matching.isEmpty() ? families : matching;
        return from.get(rnd.nextInt(from.size()));
    }

    static boolean isSerif(String family) {
        String f = family.toLowerCase(Locale.ROOT);
        return f.contains("serif") && !f.contains("sans") || f.contains("ukai") || f.contains("uming")
                || f.contains("song") || f.contains("kai") || f.contains("ming") || f.contains("fang");
    }
}
