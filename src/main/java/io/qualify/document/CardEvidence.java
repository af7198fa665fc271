package io.qualify.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What was seen of an ID card in a photo (R6–R9): where its outline lay, how like a person holding it
 * the scene looked, how it stood (turn and mirror, and how sure of each), how far its readings agreed,
 * and how the front was told from the handheld photo. {@code seenUnread} marks a photo that is not a
 * card document but where a card was seen and could not be read. Everything not said is null or empty.
 */
public record CardEvidence(boolean seenUnread, Outline outline, boolean readFromPage, Double handheldScore,
                           Stance stance, Readings readings, Sides sides) {

    public static final CardEvidence NONE = new CardEvidence(false, null, false, null, Stance.NONE, Readings.NONE,
            Sides.NONE);

    public CardEvidence {
        Objects.requireNonNull(stance);
        Objects.requireNonNull(readings);
        Objects.requireNonNull(sides);
    }

    /** A photo where a card was seen and not read. */
    public static CardEvidence seenUnreadCard() {
        return new CardEvidence(true, null, false, null, Stance.NONE, Readings.NONE, Sides.NONE);
    }

    /** What the readings of a card's text agreed on, and nothing else. */
    public static CardEvidence of(Readings readings) {
        return new CardEvidence(false, null, false, null, Stance.NONE, readings, Sides.NONE);
    }

    /** A card read in a photo: {@code outline} null when it was read off the whole photo. */
    public static CardEvidence read(Outline outline, double handheldScore, Stance stance, Readings readings) {
        return new CardEvidence(false, outline, false, handheldScore, stance, readings, Sides.NONE);
    }

    /** A card read off the page reading because no outline was found. */
    public static CardEvidence readOffPage(double handheldScore, Stance stance, Readings readings) {
        return new CardEvidence(false, null, true, handheldScore, stance, readings, Sides.NONE);
    }

    public CardEvidence with(Sides sides) {
        return new CardEvidence(seenUnread, outline, readFromPage, handheldScore, stance, readings, sides);
    }

    /** The share of the photo the card's outline covers; 0 when no outline was found. */
    public double areaShare() {
        return outline == null ? 0 : outline.areaShare();
    }

    /** The card's outline in the photo, found {@code confidence} sure, covering {@code areaShare} of it. */
    public record Outline(List<Corner> quad, double confidence, double areaShare) {

        public Outline {
            quad = List.copyOf(quad);
        }
    }

    /** A corner of the outline, in photo pixels. */
    public record Corner(long x, long y) {
    }

    /**
     * How the card stood: each turn's (and mirrored turn's) score, the labels and number the best one
     * read, how far the chosen turn led, and whether the turn and the mirror call are sure.
     */
    public record Stance(Map<String, Double> scores, Integer labelsFound, Double numberScore, Double lead,
                         Boolean turnSure, Boolean mirrorSure) {

        public static final Stance NONE = new Stance(null, null, null, null, null, null);

        /** The turn read off the page, {@code lead} ahead of the next, sure when {@code sure}. */
        public static Stance ofPage(double lead, boolean sure) {
            return new Stance(null, null, null, lead, sure, null);
        }
    }

    /**
     * How far the card's readings agreed: the second model on the number (null when not asked), a
     * number repaired by its check digit, and how many readings gave the birth date and validity alike.
     */
    public record Readings(Boolean idNumberAgreed, boolean idNumberRepaired, Long birthDateReadings,
                           Integer validityReadings) {

        public static final Readings NONE = new Readings(null, false, null, null);

        public Readings withNumberAgreed(Boolean agreed) {
            return new Readings(agreed, idNumberRepaired, birthDateReadings, validityReadings);
        }

        /** Whether the second model read the number as the first did. */
        public boolean numberAgreed() {
            return Boolean.TRUE.equals(idNumberAgreed);
        }

        /** Whether two readings or more gave the birth date alike. */
        public boolean birthDateReadAlike() {
            return birthDateReadings != null && birthDateReadings >= 2;
        }

        /** Whether two readings or more gave the period of validity alike. */
        public boolean validityReadAlike() {
            return validityReadings != null && validityReadings >= 2;
        }
    }

    /** How two photos that both read as a card front were told apart, or that they could not be. */
    public record Sides(By by, boolean unsure) {

        public static final Sides NONE = new Sides(null, false);

        public enum By {
            SMALLER_CARD("smallerCard"), LARGER_CARD("largerCard");

            private final String rendered;

            By(String rendered) {
                this.rendered = rendered;
            }

            public String rendered() {
                return rendered;
            }
        }
    }

    public boolean turnSure() {
        return Boolean.TRUE.equals(stance.turnSure());
    }

    public boolean mirrorSure() {
        return Boolean.TRUE.equals(stance.mirrorSure());
    }

    /** What the verdict shows of the card's turn: its outline, each turn's score, the lead and whether sure. */
    public Map<String, Object> renderTurn() {
        return rendered(Set.of("cardQuad", "orientationScores", "orientationLead", "orientationSure"));
    }

    /** What the verdict shows of the mirror call: the card's outline, each turn's score, whether sure. */
    public Map<String, Object> renderMirror() {
        return rendered(Set.of("cardQuad", "orientationScores", "mirrorSure"));
    }

    private Map<String, Object> rendered(Set<String> keys) {
        Map<String, Object> all = new LinkedHashMap<>();
        render(all);
        all.keySet().retainAll(keys);
        return all;
    }

    void render(Map<String, Object> out) {
        if (seenUnread) {
            out.put("cardFound", true);
        }
        if (outline != null) {
            out.put("cardQuad", outline.quad().stream().map(c -> List.of(c.x(), c.y())).toList());
            out.put("cardConfidence", outline.confidence());
            out.put("cardAreaShare", outline.areaShare());
        }
        if (readFromPage) {
            out.put("cardOutlineFound", false);
        }
        put(out, "handheldScore", handheldScore);
        put(out, "orientationScores", stance.scores());
        put(out, "labelsFound", stance.labelsFound());
        put(out, "numberScore", stance.numberScore());
        put(out, "orientationLead", stance.lead());
        put(out, "orientationSure", stance.turnSure());
        put(out, "mirrorSure", stance.mirrorSure());
        put(out, "idNumberAgreed", readings.idNumberAgreed());
        if (readings.idNumberRepaired()) {
            out.put("idNumberRepaired", true);
        }
        put(out, "birthDateReadings", readings.birthDateReadings());
        put(out, "validityReadings", readings.validityReadings());
        if (sides.by() != null) {
            out.put("sideBy", sides.by().rendered());
        }
        if (sides.unsure()) {
            out.put("sideUnsure", true);
        }
    }

    private static void put(Map<String, Object> out, String key, Object value) {
        if (value != null) {
            out.put(key, value);
        }
    }
}
