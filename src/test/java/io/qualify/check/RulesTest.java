package io.qualify.check;

import static io.qualify.check.Reviews.NAME;
import static io.qualify.check.Reviews.cleanFields;
import static io.qualify.check.Reviews.form;
import static io.qualify.check.Reviews.licence;
import static io.qualify.check.Reviews.other;
import static io.qualify.check.Reviews.review;
import static io.qualify.check.Reviews.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.Field;
import io.qualify.verdict.Decision;
import java.util.List;
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
}
