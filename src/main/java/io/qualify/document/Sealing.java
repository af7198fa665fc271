package io.qualify.document;

import java.util.List;
import java.util.Map;

/**
 * The seals looked for on a letter or commitment: every red mark taken for one, whether one sat by the
 * sign-off (null when none was found), and the text read round that one with its confidence (null when
 * none was read). {@code looked} is false for documents no one looked on.
 */
public record Sealing(boolean looked, List<Mark> seals, Boolean nearSignOff, String text, Double textConfidence) {

    public static final Sealing NONE = new Sealing(false, List.of(), null, null, null);

    public Sealing {
        seals = List.copyOf(seals);
    }

    /** A seal on page {@code page} (from 1), in its box, found {@code confidence} sure. */
    public record Mark(int page, Box box, double confidence, String shape, boolean star) {

        public Map<String, Object> rendered() {
            return Map.of("page", page, "box", List.of(box.x(), box.y(), box.width(), box.height()),
                    "confidence", confidence, "shape", shape, "star", star);
        }
    }

    /** The seals as the verdict shows them. */
    public List<Map<String, Object>> rendered() {
        return seals.stream().map(Mark::rendered).toList();
    }

    void render(Map<String, Object> out) {
        if (looked) {
            out.put("seals", rendered());
        }
        if (nearSignOff != null) {
            out.put("sealNearSignOff", nearSignOff);
        }
        if (text != null) {
            out.put("sealText", text);
        }
        if (textConfidence != null) {
            out.put("sealTextConfidence", textConfidence);
        }
    }
}
