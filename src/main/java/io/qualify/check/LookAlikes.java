package io.qualify.check;

import io.qualify.text.Texts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Which characters the reader may have taken for one another: those that look alike in print. The
 * fast Chinese model misreads look-alikes (字 for 宇, 吴 for 昊) with full confidence, while a person
 * typing a name slips to homophones; so a look-alike difference is the reader's, not the applicant's.
 */
final class LookAlikes {

    /**
     * Two characters at least this alike (the share of either's ink near the other's, drawn in two
     * Chinese fonts) are look-alikes; fewer than one pair in 200 drawn at random from the 3755 common
     * characters of GB 2312 level 1 score this high, while the classic confusions (己已, 未末, 字宇, 免兔)
     * score above it. The pairs are computed once from pinned fonts and shipped ({@code look-alikes.txt},
     * whose header names the fonts, their versions and this threshold): the review draws no glyph.
     */
    static final double THRESHOLD = 0.70;

    private static final LookAlikes SHIPPED = new LookAlikes(table());

    private final BiFunction<Character, Character, Optional<Double>> similarity;

    /** @param similarity how alike two characters look, in [0, 1]; empty when unknown */
    LookAlikes(BiFunction<Character, Character, Optional<Double>> similarity) {
        this.similarity = similarity;
    }

    /** By the shipped table: a pair in it is alike, any other pair is not. */
    static LookAlikes shipped() {
        return SHIPPED;
    }

    private static BiFunction<Character, Character, Optional<Double>> table() {
        Set<Integer> pairs = new HashSet<>();
        try (InputStream in = LookAlikes.class.getResourceAsStream("look-alikes.txt")) {
            if (in == null) {
                throw new IllegalStateException("look-alikes.txt is missing from the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.length() == 2 && !line.startsWith("#")) {
                    pairs.add(pair(line.charAt(0), line.charAt(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (a, b) -> Optional.of(pairs.contains(pair(a, b)) ? 1.0 : 0.0);
    }

    private static int pair(char a, char b) {
        return a < b ? a << 16 | b : b << 16 | a;
    }

    /** Whether {@code a} and {@code b} look alike; false for a pair the table (or the given measure) does not know. */
    boolean alike(char a, char b) {
        return a == b || similarity.apply(a, b).orElse(0.0) >= THRESHOLD;
    }

    /**
     * Whether a short reading (a person's name) stands for {@code typed}: the same length, and at
     * least half of its characters equal to or look-alikes of the typed ones in the same place. An
     * empty field read as noise does not meet a typed name that way.
     */
    boolean agree(String read, String typed) {
        if (read.length() != typed.length() || read.length() < 2) {
            return false;
        }
        int alike = 0;
        for (int i = 0; i < read.length(); i++) {
            if (read.charAt(i) == typed.charAt(i) || alike(read.charAt(i), typed.charAt(i))) {
                alike++;
            }
        }
        return alike * 2 >= read.length();
    }

    /**
     * Whether a reading of a name differs from {@code wanted} only by a few characters each in place
     * of a look-alike: at most one in six of the name, and at least one.
     */
    boolean misread(String read, String wanted) {
        List<Texts.Edit> edits = Texts.edits(read, wanted);
        if (edits.isEmpty() || edits.size() > Math.max(1, wanted.length() / 6)) {
            return false;
        }
        return edits.stream().allMatch(e -> e.kind() == Texts.Edit.Kind.SUBSTITUTE && alike(read.charAt(e.at()), e.wanted()));
    }
}
