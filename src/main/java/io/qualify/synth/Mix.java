package io.qualify.synth;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * A weighted draw of scenarios for evaluation runs. {@link #standard()} is about 40 % clean submissions and
 * the rest spread over the failure scenarios; {@code mix.draw(rnd)} picks one.
 */
public final class Mix {

    private final Map<Scenario, Integer> weights;
    private final int total;

    public Mix(Map<Scenario, Integer> weights) {
        this.weights = new EnumMap<>(weights);
        this.total = weights.values().stream().mapToInt(Integer::intValue).sum();
        if (total <= 0) {
            throw new IllegalArgumentException("a mix needs at least one positive weight");
        }
    }

    /** 40 % clean (new style, old style, institution), 60 % spread over the failures. */
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
