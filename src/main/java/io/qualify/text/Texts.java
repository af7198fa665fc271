package io.qualify.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Text normalisation shared by classification, extraction and the rules: full-width to half-width,
 * one kind of bracket, no white space. Comparing names always goes through {@link #normalize}.
 */
public final class Texts {

    private Texts() {
    }

    /** NFKC (full-width letters, digits and brackets to ASCII), Chinese brackets to ASCII, no spaces. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('〔', '(').replace('〕', ')').replace('【', '(').replace('】', ')')
                .replace('〈', '(').replace('〉', ')').replace('《', '(').replace('》', ')')
                .replace('［', '(').replace('］', ')').replace('[', '(').replace(']', ')');
        return n.replaceAll("[\\s\\u3000]+", "");
    }

    public static boolean isCjk(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    public static long cjkCount(String text) {
        return text.codePoints().filter(Texts::isCjk).count();
    }

    /**
     * True when {@code text} holds {@code word} with at most {@code word.length() / 4} characters
     * misread: OCR turns 执照 into 执熙 often enough that exact matching loses real documents.
     */
    public static boolean containsFuzzy(String text, String word) {
        return indexOfFuzzy(text, word) >= 0;
    }

    /** Start of the best fuzzy occurrence of {@code word} in {@code text}, or -1. */
    public static int indexOfFuzzy(String text, String word) {
        int exact = text.indexOf(word);
        if (exact >= 0 || word.length() < 4) {
            return exact;
        }
        int allowed = word.length() / 4;
        for (int start = 0; start + word.length() <= text.length(); start++) {
            int misses = 0;
            for (int i = 0; i < word.length() && misses <= allowed; i++) {
                if (text.charAt(start + i) != word.charAt(i)) {
                    misses++;
                }
            }
            if (misses <= allowed) {
                return start;
            }
        }
        return -1;
    }

    /** Levenshtein distance; names are short, so the quadratic table is fine. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** One step of turning a reading into a wanted text; {@code at} is the position in the reading it applies at. */
    public record Edit(Kind kind, int at, char wanted) {

        public enum Kind {
            /** The reading's character at {@code at} stands for {@code wanted}. */
            SUBSTITUTE,
            /** The reading's character at {@code at} has no counterpart in the wanted text. */
            SURPLUS,
            /** The wanted text has {@code wanted} where the reading has nothing, just before {@code at}. */
            MISSING
        }
    }

    /**
     * A cheapest list of edits turning {@code read} into {@code wanted}, in reading order. Where cheapest
     * edits differ, pairing characters (a substitution) is preferred over surplus or missing ones.
     */
    public static List<Edit> edits(String read, String wanted) {
        int n = read.length();
        int m = wanted.length();
        int[][] cost = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            cost[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            cost[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int same = read.charAt(i - 1) == wanted.charAt(j - 1) ? 0 : 1;
                cost[i][j] = Math.min(Math.min(cost[i - 1][j] + 1, cost[i][j - 1] + 1), cost[i - 1][j - 1] + same);
            }
        }
        List<Edit> edits = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            boolean same = i > 0 && j > 0 && read.charAt(i - 1) == wanted.charAt(j - 1);
            if (i > 0 && j > 0 && cost[i][j] == cost[i - 1][j - 1] + (same ? 0 : 1)) {
                if (!same) {
                    edits.add(new Edit(Edit.Kind.SUBSTITUTE, i - 1, wanted.charAt(j - 1)));
                }
                i--;
                j--;
            } else if (i > 0 && cost[i][j] == cost[i - 1][j] + 1) {
                edits.add(new Edit(Edit.Kind.SURPLUS, i - 1, read.charAt(i - 1)));
                i--;
            } else {
                edits.add(new Edit(Edit.Kind.MISSING, i, wanted.charAt(j - 1)));
                j--;
            }
        }
        Collections.reverse(edits);
        return edits;
    }
}
