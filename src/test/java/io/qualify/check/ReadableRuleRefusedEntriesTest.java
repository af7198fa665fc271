package io.qualify.check;

import static io.qualify.check.Reviews.cleanFields;
import static io.qualify.check.Reviews.licence;
import static io.qualify.check.Reviews.review;
import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.document.Application;
import io.qualify.document.Submission.IntakeProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R15 and the entries an intake refused: a document left unread is an error, anything else information. */
class ReadableRuleRefusedEntriesTest {

    private final ReadableRule rule = new ReadableRule();

    @Test
    void names_a_skipped_entry_for_information_with_the_entry_and_reason_as_evidence() {
        List<IntakeProblem> problems = List.of(IntakeProblem.skipped("sub/notes.txt", "the file sits in a subfolder"));

        List<Finding> findings = rule.check(review(Application.EMPTY, problems, licence(cleanFields())));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.ENTRY_SKIPPED);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.documents()).containsExactly("sub/notes.txt");
            assertThat(f.evidence()).containsEntry("entry", "sub/notes.txt")
                    .containsEntry("reason", "the file sits in a subfolder");
            assertThat(f.message()).isEqualTo(FindingCode.ENTRY_SKIPPED.message()).contains("未被读取");
            assertThat(f.advice()).isNotBlank();
        });
    }

    @Test
    void keeps_a_refused_document_and_the_two_argument_problem_an_error() {
        List<IntakeProblem> problems = List.of(new IntakeProblem("application.json", "not valid JSON"),
                new IntakeProblem("sub/licence.jpg", "a subfolder", IntakeProblem.Kind.UNREADABLE));

        List<Finding> findings = rule.check(review(Application.EMPTY, problems, licence(cleanFields())));

        assertThat(problems).extracting(IntakeProblem::kind).containsOnly(IntakeProblem.Kind.UNREADABLE);
        assertThat(findings).extracting(Finding::code)
                .containsExactly(FindingCode.DOCUMENT_UNREADABLE, FindingCode.DOCUMENT_UNREADABLE);
        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.ERROR);
        assertThat(findings).extracting(f -> f.evidence().get("reason"))
                .containsExactly("not valid JSON", "a subfolder");
    }

    @Test
    void the_new_code_is_information_only() {
        assertThat(FindingCode.ENTRY_SKIPPED.severity()).isEqualTo(Severity.INFO);
        assertThat(FindingCode.DOCUMENT_UNREADABLE.severity()).isEqualTo(Severity.ERROR);
    }
}
