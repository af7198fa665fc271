package io.qualify.check;

import static io.qualify.check.Reviews.cleanFields;
import static io.qualify.check.Reviews.licence;
import static io.qualify.check.Reviews.other;
import static io.qualify.check.Reviews.review;
import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class LicencePresentRuleTest {

    private final LicencePresentRule rule = new LicencePresentRule(0.7);

    @Test
    void accepts_a_business_licence() {
        assertThat(rule.check(review(licence(cleanFields()), other("id.jpg", DocumentKind.ID_CARD_FRONT)))).isEmpty();
    }

    @Test
    void accepts_an_institution_certificate_instead_of_a_licence() {
        Document certificate = Reviews.document("cert.pdf", DocumentKind.INSTITUTION_CERTIFICATE, cleanFields(), Evidence.NONE);

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

    @Test
    void sends_a_submission_to_a_person_when_an_unrecognised_file_was_too_poorly_read_to_tell() {
        Document blurred = Document.of("doc16.pdf", DocumentKind.UNKNOWN).pages(1).read("乒乓", 0.19).build();

        List<Finding> findings = rule.check(review(other("id.jpg", DocumentKind.ID_CARD_FRONT), blurred));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.LOW_CONFIDENCE);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.documents()).containsExactly("doc16.pdf");
        });
    }
}
