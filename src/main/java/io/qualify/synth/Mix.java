package io.qualify.synth;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * A weighted draw of scenarios for evaluation runs. {@link #standard()} holds the clean submissions, the licence
 * failures, about as many ID card failures and letter, commitment and description failures, plus a share of
 * two-defect submissions ({@link Combo}); {@link #standard(Family)} narrows it to one family.
 * {@code mix.drawCombo(rnd)} picks one submission's combo, {@code mix.draw(rnd)} a single scenario.
 */
public final class Mix {

    /** Which scenarios an evaluation draws (the {@code eval --family} option). */
    public enum Family {
        /** The clean scenarios and the licence failures (their ID photos are clean). */
        LICENCE,
        /** The clean scenarios and the ID card failures (their licences are clean). */
        ID,
        /**
         * The clean scenarios, the letter, commitment, description and seal failures, and pairs of one of those
         * with a defect of another part.
         */
        LETTERS,
        /** Everything, pairs of any two parts among them. */
        ALL;

        /** {@code licence}, {@code id}, {@code letters} or {@code all}, in any case. */
        public static Family parse(String name) {
            for (Family f : values()) {
                if (f.name().equalsIgnoreCase(name.strip())) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown family '" + name + "': use licence, id, letters or all");
        }

        boolean includes(Scenario s) {
            return switch (this) {
                case ALL -> true;
                case LICENCE -> s.clean() || !s.aboutIdCards() && !s.aboutLetters();
                case ID -> s.clean() || s.aboutIdCards();
                case LETTERS -> s.clean() || s.aboutLetters();
            };
        }
    }

    /** Parts of two-defect submissions in the standard mix of LETTERS and ALL (none in LICENCE and ID). */
    static final int STANDARD_PAIRS = 30;

    private final Map<Scenario, Integer> weights;
    private final int total;
    private final int pairs;
    private final Family pairFamily;

    /** Single scenarios only. */
    public Mix(Map<Scenario, Integer> weights) {
        this(weights, 0, Family.ALL);
    }

    /**
     * @param weights    each single scenario's parts
     * @param pairs      the parts of two-defect combos
     * @param pairFamily LETTERS: a pair's first defect is a letter, commitment, description or seal one; ALL: any
     */
    public Mix(Map<Scenario, Integer> weights, int pairs, Family pairFamily) {
        this.weights = new EnumMap<>(weights);
        this.total = weights.values().stream().mapToInt(Integer::intValue).sum();
        this.pairs = pairs;
        this.pairFamily = pairFamily;
        if (total <= 0 || pairs < 0) {
            throw new IllegalArgumentException("a mix needs at least one positive weight");
        }
    }

    /**
     * 40 parts clean (new style, old style, institution), 60 spread over the licence failures, 60 over the ID
     * failures, 61 over the letter, commitment, description and seal failures, and 30 parts of two-defect
     * submissions: 16 % clean in all, 40 % within the licence or ID family, 31 % within the letters family.
     */
    public static Mix standard() {
        Map<Scenario, Integer> w = new EnumMap<>(Scenario.class);
        w.put(Scenario.CLEAN, 28);
        w.put(Scenario.CLEAN_INSTITUTION, 4);
        w.put(Scenario.CLEAN_OLD_STYLE, 8);
        w.put(Scenario.SOLE_TRADER, 8);
        w.put(Scenario.SOLE_PROPRIETORSHIP, 5);
        w.put(Scenario.NATURAL_PERSON_SOLE, 7);
        w.put(Scenario.LEGAL_PERSON_MISSING, 7);
        w.put(Scenario.CREDIT_CODE_INVALID, 7);
        w.put(Scenario.NAME_MISMATCH, 8);
        w.put(Scenario.LICENCE_MISSING, 5);
        w.put(Scenario.UNREADABLE_FILE, 6);
        w.put(Scenario.UNRECOGNISED_EXTRA, 7);
        w.put(Scenario.ID_FRONT_MISSING, 9);
        w.put(Scenario.ID_BACK_MISSING, 9);
        w.put(Scenario.HANDHELD_MISSING, 8);
        w.put(Scenario.ID_UPSIDE_DOWN, 9);
        w.put(Scenario.ID_MIRRORED, 9);
        w.put(Scenario.ID_EXPIRED, 8);
        w.put(Scenario.ID_NUMBER_INVALID, 8);
        w.put(Scenario.LETTER_MISSING, 5);
        w.put(Scenario.LETTER_ADMIN_NAME_MISSING, 5);
        w.put(Scenario.LETTER_ADMIN_ID_MISSING, 5);
        w.put(Scenario.LETTER_DATE_MISSING, 5);
        w.put(Scenario.LETTER_SEAL_MISSING, 6);
        w.put(Scenario.LETTER_ADMIN_MISMATCH, 6);
        w.put(Scenario.COMMITMENT_MISSING, 4);
        w.put(Scenario.COMMITMENT_SEAL_MISSING, 5);
        w.put(Scenario.COMMITMENT_USER_NAME_MISMATCH, 6);
        w.put(Scenario.DESCRIPTION_MISSING_SCRIPT, 5);
        w.put(Scenario.SCRIPT_PRODUCT_NAME_MISSING, 5);
        w.put(Scenario.SEAL_NAME_MISMATCH, 4);
        return new Mix(w, STANDARD_PAIRS, Family.ALL);
    }

    /** The standard weights of the scenarios of {@code family} only. */
    public static Mix standard(Family family) {
        Map<Scenario, Integer> w = new EnumMap<>(Scenario.class);
        standard().weights.forEach((s, weight) -> {
            if (family.includes(s)) {
                w.put(s, weight);
            }
        });
        boolean paired = family == Family.LETTERS || family == Family.ALL;
        return new Mix(w, paired ? STANDARD_PAIRS : 0, family);
    }

    /** One single scenario, by weight (pairs left aside). */
    public Scenario draw(Random rnd) {
        return pick(rnd.nextInt(total), weights);
    }

    /**
     * One submission's combo: a single scenario by weight, or (in the pairs' share) two compatible defects of
     * different parts, each by weight. Without pairs it draws exactly what {@link #draw} draws, so the licence
     * and ID families' sets are what they were before pairs existed.
     */
    public Combo drawCombo(Random rnd) {
        int r = rnd.nextInt(total + pairs);
        if (r < total) {
            return Combo.of(pick(r, weights));
        }
        Map<Scenario, Integer> firsts = defects(s -> pairFamily != Family.LETTERS || s.aboutLetters());
        Scenario first = pick(rnd.nextInt(sum(firsts)), firsts);
        Map<Scenario, Integer> seconds = defects(s -> Combo.compatible(first, s));
        return Combo.pair(first, pick(rnd.nextInt(sum(seconds)), seconds));
    }

    /** The failure scenarios of the standard mix that pass {@code keep}, with their weights. */
    private static Map<Scenario, Integer> defects(java.util.function.Predicate<Scenario> keep) {
        Map<Scenario, Integer> w = new EnumMap<>(Scenario.class);
        standard().weights.forEach((s, weight) -> {
            if (!s.clean() && keep.test(s)) {
                w.put(s, weight);
            }
        });
        return w;
    }

    private static int sum(Map<Scenario, Integer> w) {
        return w.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Scenario pick(int r, Map<Scenario, Integer> weights) {
        for (Map.Entry<Scenario, Integer> e : weights.entrySet()) {
            r -= e.getValue();
            if (r < 0) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("unreachable: weights sum to less than the draw");
    }

    public Map<Scenario, Integer> weights() {
        return Map.copyOf(weights);
    }
}
