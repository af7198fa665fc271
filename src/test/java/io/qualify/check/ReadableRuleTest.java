package io.qualify.check;

import static io.qualify.check.Reviews.cleanFields;
import static io.qualify.check.Reviews.licence;
import static io.qualify.check.Reviews.other;
import static io.qualify.check.Reviews.review;
import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.document.Application;
import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.Submission.IntakeProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadableRuleTest {

    private final ReadableRule rule = new ReadableRule();

    @Test
    void is_silent_when_every_file_was_read() {
        assertThat(rule.check(review(licence(cleanFields()), other("x.jpg", DocumentKind.UNKNOWN)))).isEmpty();
    }

    @Test
    void reports_each_unreadable_document_with_its_reason() {
        List<Finding> findings = rule.check(review(licence(cleanFields()),
                Document.unreadable("a.pdf", "the PDF is encrypted"),
                Document.unreadable("b.jpg", "the file is corrupt")));

        assertThat(findings).hasSize(2).allSatisfy(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.DOCUMENT_UNREADABLE);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(findings).extracting(f -> f.documents().get(0)).containsExactly("a.pdf", "b.jpg");
        assertThat(findings).extracting(f -> f.evidence().get("reason"))
                .containsExactly("the PDF is encrypted", "the file is corrupt");
    }

    @Test
    void reports_each_intake_problem() {
        List<IntakeProblem> problems = List.of(new IntakeProblem("application.json", "not valid JSON"),
                new IntakeProblem("s1.zip", "archive corrupt"));

        List<Finding> findings = rule.check(review(Application.EMPTY, problems, licence(cleanFields())));

        assertThat(findings).extracting(Finding::code)
                .containsExactly(FindingCode.DOCUMENT_UNREADABLE, FindingCode.DOCUMENT_UNREADABLE);
        assertThat(findings).extracting(f -> f.documents().get(0)).containsExactly("application.json", "s1.zip");
        assertThat(findings).extracting(f -> f.evidence().get("reason")).containsExactly("not valid JSON", "archive corrupt");
    }

    @Test
    void reports_unreadable_documents_and_intake_problems_together() {
        List<Finding> findings = rule.check(review(Application.EMPTY,
                List.of(new IntakeProblem("application.json", "bad")), Document.unreadable("a.pdf", "encrypted")));

        assertThat(findings).hasSize(2);
    }
}
