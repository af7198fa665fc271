package io.qualify.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MixTest {

    @Test
    void standard_mix_covers_every_scenario_with_a_sixth_clean() {
        Mix mix = Mix.standard();
        Random rnd = new Random(1);
        Map<Scenario, Integer> counts = new EnumMap<>(Scenario.class);
        for (int i = 0; i < 10_000; i++) {
            counts.merge(mix.draw(rnd), 1, Integer::sum);
        }
        int clean = counts.get(Scenario.CLEAN) + counts.get(Scenario.CLEAN_OLD_STYLE)
                + counts.get(Scenario.CLEAN_INSTITUTION);
        assertThat(clean).isBetween(1_600, 2_100);
        assertThat(counts).containsOnlyKeys(Scenario.values());
        int id = counts.entrySet().stream().filter(e -> e.getKey().aboutIdCards()).mapToInt(Map.Entry::getValue).sum();
        assertThat(id).isBetween(2_550, 3_150);
        int letters = counts.entrySet().stream().filter(e -> e.getKey().aboutLetters()).mapToInt(Map.Entry::getValue).sum();
        assertThat(letters).isBetween(2_600, 3_200);
    }

    @Test
    void licence_and_id_families_draw_no_pairs_and_the_same_as_before() {
        for (Mix.Family f : List.of(Mix.Family.LICENCE, Mix.Family.ID)) {
            Mix mix = Mix.standard(f);
            Random a = new Random(5);
            Random b = new Random(5);
            for (int i = 0; i < 500; i++) {
                Combo c = mix.drawCombo(a);
                assertThat(c.second()).isNull();
                assertThat(c.first()).isEqualTo(mix.draw(b));
            }
        }
    }

    @Test
    void letters_family_draws_pairs_of_different_parts_with_a_letters_defect_first() {
        Mix mix = Mix.standard(Mix.Family.LETTERS);
        Random rnd = new Random(2);
        int pairs = 0;
        for (int i = 0; i < 3_000; i++) {
            Combo c = mix.drawCombo(rnd);
            assertThat(c.first().clean() || c.first().aboutLetters()).as(c.name()).isTrue();
            if (c.second() != null) {
                pairs++;
                assertThat(c.first().aboutLetters()).isTrue();
                assertThat(c.second().subject()).isNotEqualTo(c.first().subject());
                assertThat(c.codes()).containsAll(c.first().codes()).containsAll(c.second().codes())
                        .hasSize(c.first().codes().size() + c.second().codes().size());
            }
        }
        assertThat(pairs).isBetween(550, 850);
    }

    @Test
    void combos_refuse_pairs_that_would_hide_each_other() {
        assertThat(Combo.compatible(Scenario.ID_MIRRORED, Scenario.LETTER_SEAL_MISSING)).isTrue();
        assertThat(Combo.compatible(Scenario.LETTER_SEAL_MISSING, Scenario.COMMITMENT_SEAL_MISSING)).isTrue();
        assertThat(Combo.compatible(Scenario.LETTER_SEAL_MISSING, Scenario.LETTER_DATE_MISSING)).isFalse();
        assertThat(Combo.compatible(Scenario.SEAL_NAME_MISMATCH, Scenario.COMMITMENT_SEAL_MISSING)).isFalse();
        assertThat(Combo.compatible(Scenario.LETTER_ADMIN_MISMATCH, Scenario.ID_FRONT_MISSING)).isFalse();
        assertThat(Combo.compatible(Scenario.CLEAN, Scenario.LETTER_MISSING)).isFalse();
        Combo pair = Combo.pair(Scenario.ID_EXPIRED, Scenario.SEAL_NAME_MISMATCH);
        assertThat(pair.name()).isEqualTo("ID_EXPIRED+SEAL_NAME_MISMATCH");
        assertThat(pair.decision()).isEqualTo(ExpectedDecision.REJECT);
        assertThat(pair.on(Scenario.Subject.CERTIFICATE)).isEqualTo(Scenario.CLEAN);
        assertThat(pair.on(Scenario.Subject.SEALS)).isEqualTo(Scenario.SEAL_NAME_MISMATCH);
    }

    @Test
    void a_family_draws_its_own_failures_and_the_clean_scenarios() {
        Map<Scenario, Integer> licence = Mix.standard(Mix.Family.LICENCE).weights();
        Map<Scenario, Integer> id = Mix.standard(Mix.Family.ID).weights();
        assertThat(licence.keySet()).noneMatch(Scenario::aboutIdCards).noneMatch(Scenario::aboutLetters)
                .contains(Scenario.CLEAN, Scenario.SOLE_TRADER);
        assertThat(Mix.standard(Mix.Family.LETTERS).weights().keySet()).allMatch(s -> s.aboutLetters() || s.clean())
                .contains(Scenario.CLEAN, Scenario.LETTER_MISSING, Scenario.SEAL_NAME_MISMATCH);
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
        assertThat(Mix.Family.parse("Letters")).isEqualTo(Mix.Family.LETTERS);
        assertThatThrownBy(() -> Mix.Family.parse("ids")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("licence, id, letters or all");
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
