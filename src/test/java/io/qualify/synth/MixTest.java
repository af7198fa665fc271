package io.qualify.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MixTest {

    @Test
    void standard_mix_is_a_quarter_clean_and_covers_every_scenario() {
        Mix mix = Mix.standard();
        Random rnd = new Random(1);
        Map<Scenario, Integer> counts = new EnumMap<>(Scenario.class);
        for (int i = 0; i < 10_000; i++) {
            counts.merge(mix.draw(rnd), 1, Integer::sum);
        }
        int clean = counts.get(Scenario.CLEAN) + counts.get(Scenario.CLEAN_OLD_STYLE)
                + counts.get(Scenario.CLEAN_INSTITUTION);
        assertThat(clean).isBetween(2_200, 2_800);
        assertThat(counts).containsOnlyKeys(Scenario.values());
        int id = counts.entrySet().stream().filter(e -> e.getKey().aboutIdCards()).mapToInt(Map.Entry::getValue).sum();
        assertThat(id).isBetween(3_400, 4_100);
    }

    @Test
    void a_family_draws_its_own_failures_and_the_clean_scenarios() {
        Map<Scenario, Integer> licence = Mix.standard(Mix.Family.LICENCE).weights();
        Map<Scenario, Integer> id = Mix.standard(Mix.Family.ID).weights();
        assertThat(licence.keySet()).noneMatch(Scenario::aboutIdCards).contains(Scenario.CLEAN, Scenario.SOLE_TRADER);
        assertThat(id.keySet()).allMatch(s -> s.aboutIdCards() || s.clean())
                .contains(Scenario.CLEAN, Scenario.CLEAN_INSTITUTION, Scenario.ID_MIRRORED, Scenario.ID_EXPIRED);
        assertThat(licence.get(Scenario.SOLE_TRADER)).isEqualTo(Mix.standard().weights().get(Scenario.SOLE_TRADER));
        assertThat(Mix.standard(Mix.Family.ALL).weights()).isEqualTo(Mix.standard().weights());
        Random rnd = new Random(3);
        for (int i = 0; i < 500; i++) {
            assertThat(Mix.standard(Mix.Family.ID).draw(rnd)).matches(s -> s.aboutIdCards() || s.clean());
        }
    }

    @Test
    void reads_family_names_in_any_case() {
        assertThat(Mix.Family.parse("licence")).isEqualTo(Mix.Family.LICENCE);
        assertThat(Mix.Family.parse("ID")).isEqualTo(Mix.Family.ID);
        assertThat(Mix.Family.parse("all")).isEqualTo(Mix.Family.ALL);
        assertThatThrownBy(() -> Mix.Family.parse("ids")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("licence, id or all");
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
