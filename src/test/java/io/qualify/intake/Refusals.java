package io.qualify.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.check.Finding;
import io.qualify.check.FindingCode;
import io.qualify.check.ReadableRule;
import io.qualify.check.Review;
import io.qualify.check.Severity;
import io.qualify.document.Submission;
import io.qualify.document.Submission.IntakeProblem;
import java.time.LocalDate;
import java.util.List;

/** What the hostile-input tests assert about a refused entry: its problem, and the finding R15 makes of it. */
final class Refusals {

    private Refusals() {
    }

    /** The findings the intake problems of {@code s} become (nothing was rendered, so only those). */
    static List<Finding> findings(Submission s) {
        return new ReadableRule().check(new Review(s, List.of(), LocalDate.of(2026, 11, 25)));
    }

    /** The one problem naming {@code file}, after checking its kind and that its reason contains {@code why}. */
    static IntakeProblem problem(Submission s, String file, IntakeProblem.Kind kind, String why) {
        List<IntakeProblem> named = s.problems().stream().filter(p -> p.file().equals(file)).toList();
        assertThat(named).as("problems naming %s in %s", file, s.problems()).hasSize(1);
        assertThat(named.get(0).kind()).as(file).isEqualTo(kind);
        assertThat(named.get(0).reason()).as(file).contains(why);
        return named.get(0);
    }

    /** Checks that {@code file} is a document refused: an error of R15 with the reason as evidence. */
    static void assertUnreadable(Submission s, String file, String why) {
        IntakeProblem p = problem(s, file, IntakeProblem.Kind.UNREADABLE, why);
        assertThat(finding(s, file)).satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.DOCUMENT_UNREADABLE);
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.evidence()).containsEntry("reason", p.reason());
        });
    }

    /** Checks that {@code file} is no document and was skipped: information only, naming entry and reason. */
    static void assertSkipped(Submission s, String file, String why) {
        IntakeProblem p = problem(s, file, IntakeProblem.Kind.SKIPPED, why);
        assertThat(finding(s, file)).satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.ENTRY_SKIPPED);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.evidence()).containsEntry("entry", file).containsEntry("reason", p.reason());
        });
    }

    private static Finding finding(Submission s, String file) {
        List<Finding> naming = findings(s).stream().filter(f -> f.documents().equals(List.of(file))).toList();
        assertThat(naming).as("findings naming %s", file).hasSize(1);
        return naming.get(0);
    }
}
