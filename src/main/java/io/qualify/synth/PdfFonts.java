package io.qualify.synth;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The installed CJK fonts a PDF can embed: TrueType-outlined families (AR PL UKai/UMing, WenQuanYi …) found
 * under {@code /usr/share/fonts}; PDFBox cannot embed the CFF-outlined Noto CJK faces. {@link #families()} lists
 * them by the family names {@link Fonts} uses; {@link #load} embeds one as a subset.
 */
final class PdfFonts {

    private static final Path ROOT = Path.of("/usr/share/fonts");
    private static Map<String, Path> found;

    private PdfFonts() {
    }

    /** The embeddable families that {@link Fonts#installed()} also offers, sorted; empty when there are none. */
    static synchronized List<String> families() {
        if (found == null) {
            found = scan();
        }
        List<String> usable = new ArrayList<>(Fonts.installed().families());
        usable.retainAll(found.keySet());
        return List.copyOf(usable);
    }

    /** A {@link Fonts} of the embeddable families, or null when there are none. */
    static Fonts asFonts() {
        List<String> families = families();
        return families.isEmpty() ? null : new Fonts(families);
    }

    /** Embeds {@code family} (or the first embeddable family) into {@code doc}; the font file stays open in {@code open}. */
    static PDType0Font load(PDDocument doc, String family, List<Closeable> open) throws IOException {
        List<String> families = families();
        if (families.isEmpty()) {
            throw new IOException("no embeddable CJK TrueType font is installed");
        }
        String name = families.contains(family) ? family : families.get(0);
        Path file = found.get(name);
        TrueTypeFont font = null;
        if (file.toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection ttc = new TrueTypeCollection(file.toFile());
            open.add(ttc);
            font = byFamily(ttc, name);
        } else {
            font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            open.add(font);
        }
        return PDType0Font.load(doc, font, true);
    }

    private static TrueTypeFont byFamily(TrueTypeCollection ttc, String family) throws IOException {
        TrueTypeFont[] hit = new TrueTypeFont[1];
        ttc.processAllFonts(f -> {
            if (hit[0] == null && family.equals(family(f))) {
                hit[0] = f;
            }
        });
        if (hit[0] == null) {
            throw new IOException("font family " + family + " vanished from its collection");
        }
        return hit[0];
    }

    private static Map<String, Path> scan() {
        Map<String, Path> out = new TreeMap<>();
        if (!Files.isDirectory(ROOT)) {
            return out;
        }
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path p : files.sorted().toList()) {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (p.toString().contains("/opentype/")) {
                    continue; // CFF outlines, which PDFBox cannot embed; parsing them only costs time
                }
                if (n.endsWith(".ttc")) {
                    try (TrueTypeCollection ttc = new TrueTypeCollection(p.toFile())) {
                        ttc.processAllFonts(f -> note(out, f, p));
                    }
                } else if (n.endsWith(".ttf")) {
                    try (TrueTypeFont f = new TTFParser().parse(new RandomAccessReadBufferedFile(p.toFile()))) {
                        note(out, f, p);
                    }
                }
            }
        } catch (IOException e) {
            // an unreadable font directory leaves born-digital PDFs out; scanned ones are still written
            return out;
        }
        return out;
    }

    private static void note(Map<String, Path> out, TrueTypeFont f, Path file) throws IOException {
        boolean cff = f instanceof OpenTypeFont otf && otf.isPostScript();
        String family = family(f);
        if (!cff && family != null && f.getUnicodeCmapLookup(false) != null
                && f.getUnicodeCmapLookup(false).getGlyphId('中') > 0) {
            out.putIfAbsent(family, file);
        }
    }

    private static String family(TrueTypeFont f) throws IOException {
        return f.getNaming() == null ? null : f.getNaming().getFontFamily();
    }
}
