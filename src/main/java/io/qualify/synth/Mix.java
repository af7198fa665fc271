package io.qualify.synth;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * A weighted draw of scenarios for evaluation runs. {@link #standard()} holds the clean submissions, the licence
 * failures and, about as many as those, the ID card failures; {@link #standard(Family)} narrows it to one family.
 * {@code mix.draw(rnd)} picks one.
 */
public final class Mix {

    /** Which scenarios an evaluation draws (the {@code eval --family} option). */
    public enum Family {
        /** The clean scenarios and the licence failures (their ID photos are clean). */
        LICENCE,
        /** The clean scenarios and the ID card failures (their licences are clean). */
        ID,
        /** Everything. */
        ALL;

        /** {@code licence}, {@code id} or {@code all}, in any case. */
        public static Family parse(String name) {
            for (Family f : values()) {
                if (f.name().equalsIgnoreCase(name.strip())) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown family '" + name + "': use licence, id or all");
        }

        boolean includes(Scenario s) {
            return this == ALL || s.clean() || (this == ID) == s.aboutIdCards();
        }
    }

    private final Map<Scenario, Integer> weights;
    private final int total;

    public Mix(Map<Scenario, Integer> weights) {
        this.weights = new EnumMap<>(weights);
        this.total = weights.values().stream().mapToInt(Integer::intValue).sum();
        if (total <= 0) {
            throw new IllegalArgumentException("a mix needs at least one positive weight");
        }
    }

    /**
     * 40 parts clean (new style, old style, institution), 60 spread over the licence failures and 60 over the ID
     * failures: a quarter clean in all, 40 % clean within one family.
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
        return new Mix(w);
    }

    /** The standard weights of the scenarios of {@code family} only. */
    public static Mix standard(Family family) {
        Map<Scenario, Integer> w = new EnumMap<>(Scenario.class);
        standard().weights.forEach((s, weight) -> {
            if (family.includes(s)) {
                w.put(s, weight);
            }
        });
        return new Mix(w);
    }

    public Scenario draw(Random rnd) {
        int r = rnd.nextInt(total);
        for (Map.Entry<Scenario, Integer> e : weights.entrySet()) {
            r -= e.getValue();
            if (r < 0) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("unreachable: weights sum to " + total);
    }

    public Map<Scenario, Integer> weights() {
        return Map.copyOf(weights);
    }
}
