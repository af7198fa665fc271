package io.qualify.check;

import static io.qualify.check.Reviews.NAME;
import static io.qualify.check.Reviews.cleanFields;
import static io.qualify.check.Reviews.form;
import static io.qualify.check.Reviews.licence;
import static io.qualify.check.Reviews.other;
import static io.qualify.check.Reviews.review;
import static io.qualify.check.Reviews.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.document.Application;
import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.Evidence;
import io.qualify.document.Evidences;
import io.qualify.document.Field;
import io.qualify.verdict.Decision;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulesTest {

    private final Rules rules = Rules.licence(0.7);

    @Test
    void approves_a_clean_licence_matching_the_form() {
        List<Finding> findings = rules.check(review(form(NAME, Reviews.CODE), licence(cleanFields())));

        assertThat(findings).isEmpty();
        assertThat(Decision.of(findings)).isEqualTo(Decision.APPROVE);
    }

    @Test
    void rejects_a_submission_without_a_licence() {
        List<Finding> findings = rules.check(review(other("id.jpg", DocumentKind.ID_CARD_FRONT)));

        assertThat(Reviews.codes(findings)).containsExactly(FindingCode.LICENCE_MISSING);
        assertThat(Decision.of(findings)).isEqualTo(Decision.REJECT);
    }

    @Test
    void rejects_a_sole_trader_licence() {
        var fields = with(cleanFields(), "enterpriseType", Field.certain("个体工商户"));

        List<Finding> findings = rules.check(review(licence(fields)));

        assertThat(Reviews.codes(findings)).containsExactly(FindingCode.ENTERPRISE_TYPE_NOT_ALLOWED);
        assertThat(Decision.of(findings)).isEqualTo(Decision.REJECT);
    }

    @Test
    void sends_an_unsure_read_and_an_unknown_file_to_a_person() {
        var fields = with(cleanFields(), "creditCode", new Field(Reviews.CODE, 0.4));

        List<Finding> findings = rules.check(review(licence(fields), other("x.jpg", DocumentKind.UNKNOWN)));

        assertThat(Reviews.codes(findings)).containsExactlyInAnyOrder(FindingCode.DOCUMENT_UNRECOGNISED,
                FindingCode.LOW_CONFIDENCE);
        assertThat(Decision.of(findings)).isEqualTo(Decision.MANUAL_REVIEW);
    }

    @Test
    void never_approves_what_it_could_not_read() {
        List<Finding> findings = rules.check(review(licence(cleanFields()), Document.unreadable("b.jpg", "corrupt")));

        assertThat(Reviews.codes(findings)).containsExactly(FindingCode.DOCUMENT_UNREADABLE);
        assertThat(Decision.of(findings)).isEqualTo(Decision.REJECT);
    }

    @Test
    void every_rule_approves_a_complete_clean_submission_and_refuses_it_without_its_letter() {
        String id = "330106199001011221";
        Application typed = new Application("A1", null, NAME, Reviews.CODE, "周志春", "李娜", id, "佳好建材APP",
                "佳好建材APP会员的订单通知,外呼对象为下单会员,外呼内容为“您好,您在佳好建材APP的订单已发货,请注意查收。”", null);
        Document front = Reviews.document("front.jpg", DocumentKind.ID_CARD_FRONT, Map.of("name", Field.certain("李娜"),
                "idNumber", Field.certain(id), "birthDate", Field.certain("1990-01-01"), "sex", Field.certain("女")),
                Evidences.numberAgreed(true));
        Document back = Reviews.document("back.jpg", DocumentKind.ID_CARD_BACK,
                Map.of("validFrom", Field.certain("2016-05-12"), "validUntil", Field.certain("2036-05-12")), Evidence.NONE);
        Document hand = other("hand.jpg", DocumentKind.ID_CARD_HANDHELD);
        Document letter = Document.of("letter.pdf", DocumentKind.NUMBER_APPLICATION_LETTER).pages(1).sealDetected(true)
                .fields(Map.of("adminName", Field.certain("李娜"), "adminIdNumber", Field.certain(id),
                        "date", Field.certain("2026-11-20")))
                .read("", 1.0).build();
        Document commitment = Document.of("commitment.pdf", DocumentKind.NETWORK_ACCESS_COMMITMENT).pages(1)
                .sealDetected(true).fields(Map.of("userName", Field.certain(NAME), "date", Field.certain("2026-11-20")))
                .read("", 1.0).build();
        Rules all = Rules.all(0.7);

        assertThat(all.check(review(typed, licence(cleanFields()), front, back, hand, letter, commitment))).isEmpty();
        assertThat(Reviews.codes(all.check(review(typed, licence(cleanFields()), front, back, hand, commitment))))
                .containsExactly(FindingCode.LETTER_MISSING);
    }
}
