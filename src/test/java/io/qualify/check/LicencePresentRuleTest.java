package io.qualify.check;

import static io.qualify.check.Reviews.cleanFields;
import static io.qualify.check.Reviews.licence;
import static io.qualify.check.Reviews.other;
import static io.qualify.check.Reviews.review;
import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LicencePresentRuleTest {

    private final LicencePresentRule rule = new LicencePresentRule();

    @Test
    void accepts_a_business_licence() {
        assertThat(rule.check(review(licence(cleanFields()), other("id.jpg", DocumentKind.ID_CARD_FRONT)))).isEmpty();
    }

    @Test
    void accepts_an_institution_certificate_instead_of_a_licence() {
        Document certificate = Reviews.document("cert.pdf", DocumentKind.INSTITUTION_CERTIFICATE, cleanFields(), Map.of());

        assertThat(rule.check(review(certificate))).isEmpty();
    }

    @Test
    void rejects_a_submission_without_any_certificate() {
        List<Finding> findings = rule.check(review(other("id.jpg", DocumentKind.ID_CARD_FRONT),
                other("letter.jpg", DocumentKind.NUMBER_APPLICATION_LETTER), other("x.jpg", DocumentKind.UNKNOWN)));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.LICENCE_MISSING);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void rejects_an_empty_submission() {
        assertThat(rule.check(review())).extracting(Finding::code).containsExactly(FindingCode.LICENCE_MISSING);
    }

    @Test
    void does_not_count_an_unreadable_file_as_a_licence() {
        assertThat(rule.check(review(Document.unreadable("licence.jpg", "corrupt"))))
                .extracting(Finding::code).containsExactly(FindingCode.LICENCE_MISSING);
    }
}
