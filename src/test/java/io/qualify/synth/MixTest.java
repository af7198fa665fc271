package io.qualify.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MixTest {

    @Test
    void standard_mix_is_about_forty_percent_clean_and_covers_every_scenario() {
        Mix mix = Mix.standard();
        Random rnd = new Random(1);
        Map<Scenario, Integer> counts = new EnumMap<>(Scenario.class);
        for (int i = 0; i < 10_000; i++) {
            counts.merge(mix.draw(rnd), 1, Integer::sum);
        }
        int clean = counts.get(Scenario.CLEAN) + counts.get(Scenario.CLEAN_OLD_STYLE)
                + counts.get(Scenario.CLEAN_INSTITUTION);
        assertThat(clean).isBetween(3_700, 4_300);
        assertThat(counts).containsOnlyKeys(Scenario.values());
    }

    @Test
    void clean_scenarios_are_exactly_the_approvals() {
        for (Scenario s : Scenario.values()) {
            assertThat(s.decision() == ExpectedDecision.APPROVE).as(s.name()).isEqualTo(s.name().startsWith("CLEAN"));
        }
    }

    @Test
    void refuses_a_mix_without_weight() {
        assertThatThrownBy(() -> new Mix(Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
