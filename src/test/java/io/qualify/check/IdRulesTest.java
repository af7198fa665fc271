package io.qualify.check;

import static io.qualify.check.Reviews.codes;
import static io.qualify.check.Reviews.document;
import static io.qualify.check.Reviews.review;
import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.document.Application;
import io.qualify.document.CardEvidence;
import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.Evidence;
import io.qualify.document.Evidences;
import io.qualify.document.Field;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R6–R9 over ID card documents as the reader leaves them. */
class IdRulesTest {

    private static final String NUMBER = "330106199001011221";

    private static Document front(String file, Map<String, Field> fields, Evidence evidence) {
        return document(file, DocumentKind.ID_CARD_FRONT, fields, evidence);
    }

    private static Document front() {
        return front("front.jpg", Map.of("idNumber", Field.certain(NUMBER), "birthDate", Field.certain("1990-01-01"),
                "sex", Field.certain("女")), Evidences.numberAgreed(true));
    }

    private static Document back(String until) {
        return document("back.jpg", DocumentKind.ID_CARD_BACK, Map.of("validFrom", Field.certain("2016-05-12"),
                "validUntil", Field.certain(until)), Evidence.NONE);
    }

    private static Document handheld() {
        return document("hand.jpg", DocumentKind.ID_CARD_HANDHELD, Map.of(), Evidence.NONE);
    }

    private static Document turned(Document d, int rotation, boolean mirrored, boolean sure) {
        CardEvidence.Stance stance = new CardEvidence.Stance(null, null, null, null, sure, sure);
        Evidence evidence = d.evidence().with(CardEvidence.read(null, 0, stance, d.evidence().card().readings()));
        return Document.of(d.file(), d.kind()).pages(1).rotation(rotation).mirrored(mirrored).fields(d.fields())
                .read("", 0.9).evidence(evidence).build();
    }

    private static List<FindingCode> all(Document... documents) {
        Rules rules = Rules.all(0.7);
        return codes(rules.check(review(documents))).stream()
                .filter(c -> c.name().startsWith("ID_") || c == FindingCode.LOW_CONFIDENCE).toList();
    }

    @Test
    void a_complete_valid_set_passes() {
        assertThat(all(front(), back("2036-05-12"), handheld())).isEmpty();
        assertThat(all(front(), back("长期"), handheld())).isEmpty();
    }

    @Test
    void names_each_missing_photo() {
        assertThat(all(back("长期"), handheld())).containsExactly(FindingCode.ID_CARD_FRONT_MISSING);
        assertThat(all(front(), front(), handheld())).containsExactly(FindingCode.ID_CARD_BACK_MISSING);
        assertThat(all(front(), back("长期"))).containsExactly(FindingCode.ID_HANDHELD_MISSING);
    }

    @Test
    void two_fronts_not_told_apart_go_to_a_person_rather_than_lacking_a_handheld() {
        Evidence agreed = Evidences.numberAgreed(true);
        Document unsure = front("a.jpg", front().fields(), agreed.with(agreed.card().with(new CardEvidence.Sides(null, true))));
        Document sure = front("b.jpg", front().fields(), Evidences.numberAgreed(true));

        assertThat(all(unsure, unsure, back("长期"))).containsExactly(FindingCode.LOW_CONFIDENCE);
        assertThat(all(sure, sure, back("长期"))).containsExactly(FindingCode.ID_HANDHELD_MISSING);
    }

    @Test
    void a_handheld_photo_does_not_stand_in_for_the_front() {
        assertThat(all(handheld(), back("长期"))).contains(FindingCode.ID_CARD_FRONT_MISSING);
    }

    @Test
    void a_missing_side_with_an_unread_card_photo_goes_to_a_person() {
        Document unread = document("x.jpg", DocumentKind.UNKNOWN, Map.of(), Evidences.cardSeenUnread());
        Document poorlyRead = Document.of("y.jpg", DocumentKind.UNKNOWN).pages(1).read("", 0.3).build();
        Document wellReadOther = Document.of("z.jpg", DocumentKind.UNKNOWN).pages(1).read("", 0.9).build();

        assertThat(all(front(), handheld(), unread)).containsExactly(FindingCode.LOW_CONFIDENCE);
        // (R1 also wonders whether that photo is the licence)
        assertThat(all(front(), handheld(), poorlyRead)).contains(FindingCode.LOW_CONFIDENCE)
                .doesNotContain(FindingCode.ID_CARD_BACK_MISSING);
        assertThat(all(front(), handheld(), wellReadOther)).containsExactly(FindingCode.ID_CARD_BACK_MISSING);
    }

    @Test
    void refuses_a_card_held_upside_down_but_not_one_turned_a_quarter() {
        assertThat(all(turned(front(), 180, false, true), back("长期"), handheld())).containsExactly(FindingCode.ID_CARD_UPSIDE_DOWN);
        assertThat(all(turned(front(), 90, false, true), back("长期"), turned(handheld(), 270, false, true))).isEmpty();
    }

    @Test
    void refuses_a_mirrored_selfie() {
        assertThat(all(front(), back("长期"), turned(handheld(), 0, true, true))).containsExactly(FindingCode.ID_PHOTO_MIRRORED);
    }

    @Test
    void an_unsure_turn_or_mirror_goes_to_a_person() {
        assertThat(all(front(), back("长期"), turned(handheld(), 180, true, false)))
                .containsExactly(FindingCode.LOW_CONFIDENCE, FindingCode.LOW_CONFIDENCE);
    }

    @Test
    void refuses_a_number_that_fails_its_check_when_two_readings_agree() {
        Document bad = front("front.jpg", Map.of("idNumber", Field.certain("330106199001011222")), Evidences.numberAgreed(true));
        Document once = front("front.jpg", Map.of("idNumber", Field.certain("330106199001011222")), Evidences.numberAgreed(false));

        assertThat(all(bad, back("长期"), handheld())).containsExactly(FindingCode.ID_NUMBER_INVALID);
        assertThat(all(once, back("长期"), handheld())).containsExactly(FindingCode.LOW_CONFIDENCE);
    }

    @Test
    void refuses_a_failing_number_read_once_when_the_form_or_the_letter_gives_the_same() {
        // seed 17333: the second model read the card's number otherwise; the form and the letter held it too
        String bad = "330106199001011222";
        Document once = front("front.jpg", Map.of("idNumber", Field.certain(bad)), Evidences.numberAgreed(false));
        Application typed = new Application("A1", null, null, null, null, "张伟", bad.toLowerCase(), null, null, null);
        Application other = new Application("A1", null, null, null, null, "张伟", NUMBER, null, null, null);
        Document letter = document("letter.jpg", DocumentKind.NUMBER_APPLICATION_LETTER,
                Map.of("adminIdNumber", Field.certain(bad)), Evidence.NONE);
        Rules rules = Rules.all(0.7);

        List<Finding> byForm = rules.check(review(typed, once, back("长期"), handheld()));
        assertThat(codes(byForm)).contains(FindingCode.ID_NUMBER_INVALID).doesNotContain(FindingCode.LOW_CONFIDENCE);
        assertThat(byForm.stream().filter(f -> f.code() == FindingCode.ID_NUMBER_INVALID).findFirst().orElseThrow()
                .evidence()).containsEntry("sameNumberIn", "form");
        assertThat(codes(rules.check(review(other, once, back("长期"), handheld(), letter))))
                .contains(FindingCode.ID_NUMBER_INVALID);
        // only the card's own photos read it: one misread print, for a person to see
        assertThat(codes(rules.check(review(other, once, back("长期"), handheld()))))
                .contains(FindingCode.LOW_CONFIDENCE).doesNotContain(FindingCode.ID_NUMBER_INVALID);
    }

    @Test
    void refuses_a_passing_number_that_contradicts_the_printed_birth_date_or_sex() {
        Document otherBirth = front("front.jpg", Map.of("idNumber", Field.certain(NUMBER), "birthDate", Field.certain("2013-05-06")),
                Evidence.of(CardEvidence.of(new CardEvidence.Readings(true, false, 2L, null))));
        Document birthReadOnce = front("front.jpg", Map.of("idNumber", Field.certain(NUMBER), "birthDate", Field.certain("2013-05-06")),
                Evidence.of(CardEvidence.of(new CardEvidence.Readings(true, false, 1L, null))));
        Document otherSex = front("front.jpg", Map.of("idNumber", Field.certain(NUMBER), "sex", Field.certain("男")),
                Evidences.numberAgreed(true));

        assertThat(all(otherBirth, back("长期"), handheld())).containsExactly(FindingCode.ID_NUMBER_INVALID);
        assertThat(all(otherSex, back("长期"), handheld())).containsExactly(FindingCode.ID_NUMBER_INVALID);
        assertThat(all(birthReadOnce, back("长期"), handheld())).isEmpty();
    }

    @Test
    void refuses_an_expired_card_whose_period_is_a_whole_term() {
        assertThat(all(front(), back("2026-05-12"), handheld())).containsExactly(FindingCode.ID_CARD_EXPIRED);
        // 2016.05.12 to 2019.05.12 is no term a card is issued for: a misread year, for a person to see
        assertThat(all(front(), back("2019-05-12"), handheld())).containsExactly(FindingCode.LOW_CONFIDENCE);
        assertThat(all(front(), back("2026-11-25"), handheld())).doesNotContain(FindingCode.ID_CARD_EXPIRED);
        Document readTwiceUnsurely = document("back.jpg", DocumentKind.ID_CARD_BACK, Map.of("validFrom",
                new Field("2016-05-12", 0.0), "validUntil", new Field("2026-05-12", 0.0)), Evidences.validityReadings(2));
        assertThat(all(front(), readTwiceUnsurely, handheld())).containsExactly(FindingCode.ID_CARD_EXPIRED);
    }
}
