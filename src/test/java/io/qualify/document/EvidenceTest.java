package io.qualify.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed evidence renders under SPEC.md §4's keys, saying only what was said. */
class EvidenceTest {

    @Test
    void nothing_said_renders_nothing() {
        assertThat(Evidence.NONE.toMap()).isEmpty();
    }

    @Test
    void a_card_read_in_its_outline_renders_each_measure_under_its_key() {
        CardEvidence.Stance stance = new CardEvidence.Stance(Map.of("0", 3.5, "180", 0.5), 4, 2.0, null, true, false);
        CardEvidence.Outline outline = new CardEvidence.Outline(List.of(new CardEvidence.Corner(10, 20),
                new CardEvidence.Corner(300, 22), new CardEvidence.Corner(298, 210), new CardEvidence.Corner(8, 205)),
                0.93, 0.412);
        CardEvidence card = CardEvidence.read(outline, 0.12, stance, new CardEvidence.Readings(true, true, 2L, null))
                .with(new CardEvidence.Sides(CardEvidence.Sides.By.LARGER_CARD, false));

        assertThat(Evidence.of(card).toMap()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("cardQuad", List.of(List.of(10L, 20L), List.of(300L, 22L), List.of(298L, 210L), List.of(8L, 205L))),
                Map.entry("cardConfidence", 0.93), Map.entry("cardAreaShare", 0.412), Map.entry("handheldScore", 0.12),
                Map.entry("orientationScores", Map.of("0", 3.5, "180", 0.5)), Map.entry("labelsFound", 4),
                Map.entry("numberScore", 2.0), Map.entry("orientationSure", true), Map.entry("mirrorSure", false),
                Map.entry("idNumberAgreed", true), Map.entry("idNumberRepaired", true),
                Map.entry("birthDateReadings", 2L), Map.entry("sideBy", "largerCard")));
        assertThat(card.turnSure()).isTrue();
        assertThat(card.mirrorSure()).isFalse();
        assertThat(card.readings().birthDateReadAlike()).isTrue();
        assertThat(card.readings().validityReadAlike()).isFalse();
    }

    @Test
    void a_card_read_off_the_page_says_no_outline_was_found_and_how_far_its_turn_led() {
        CardEvidence card = CardEvidence.readOffPage(0.4, CardEvidence.Stance.ofPage(2.5, false),
                new CardEvidence.Readings(null, false, null, 3));

        assertThat(Evidence.of(card).toMap()).containsExactlyInAnyOrderEntriesOf(Map.of("cardOutlineFound", false,
                "handheldScore", 0.4, "orientationLead", 2.5, "orientationSure", false, "validityReadings", 3));
        assertThat(card.areaShare()).isZero();
        assertThat(card.turnSure()).isFalse();
        assertThat(card.readings().numberAgreed()).isFalse();
    }

    @Test
    void a_sign_off_renders_each_labels_state_in_lower_case_and_an_absent_part_only_when_said() {
        SignOff signOff = new SignOff(Map.of(SignOff.Part.ADMIN_NAME, SignOff.State.ABSENT, SignOff.Part.DATE,
                SignOff.State.UNREADABLE), false);

        assertThat(Evidence.of(signOff).toMap()).containsExactlyInAnyOrderEntriesOf(Map.of("adminNameLabel", "absent",
                "dateLabel", "unreadable", "signOffInkUnread", false));
        assertThat(signOff.state(SignOff.Part.UNIT)).isEqualTo(SignOff.State.ABSENT);
        assertThat(signOff.inkMayBeUnread()).isFalse();
        assertThat(signOff.withInkUnread(null).inkMayBeUnread()).isTrue();
    }

    @Test
    void seals_looked_for_are_listed_even_when_none_was_found() {
        Sealing none = new Sealing(true, List.of(), null, null, null);
        Sealing one = new Sealing(true, List.of(new Sealing.Mark(2, new Box(1, 2, 30, 40), 0.87, "OVAL", false)),
                true, "深圳市云语科技有限公司", 0.91);

        assertThat(Evidence.of(none).toMap()).containsExactly(Map.entry("seals", List.of()));
        assertThat(Evidence.of(one).toMap()).containsExactlyInAnyOrderEntriesOf(Map.of("seals", List.of(Map.of("page", 2,
                "box", List.of(1, 2, 30, 40), "confidence", 0.87, "shape", "OVAL", "star", false)),
                "sealNearSignOff", true, "sealText", "深圳市云语科技有限公司", "sealTextConfidence", 0.91));
    }

    @Test
    void a_licence_and_a_reading_render_what_they_carry() {
        Evidence evidence = Evidence.of(new LicenceMarks("投资人", "个体工商户", true))
                .with(new Evidence.Reading(3.5, true, null)).with(CardEvidence.seenUnreadCard());

        assertThat(evidence.toMap()).containsExactlyInAnyOrderEntriesOf(Map.of("legalPersonLabel", "投资人",
                "soleTraderMark", "个体工商户", "legalPersonRowUnread", true, "classificationScore", 3.5,
                "textLayer", true, "cardFound", true));
        assertThat(Evidence.of(Evidence.Reading.failed("engine fault")).toMap())
                .containsExactly(Map.entry("readError", "engine fault"));
    }
}
