package io.qualify.check;

import io.qualify.document.Document;
import io.qualify.document.Submission.IntakeProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * R15: every uploaded file could be read; each one that could not gets its own finding and reason. An
 * entry the intake refused that was no document ({@link IntakeProblem.Kind#SKIPPED}) is named too, for
 * information only ({@link FindingCode#ENTRY_SKIPPED}), so nothing uploaded disappears without a word.
 */
public final class ReadableRule implements Rule {

    @Override
    public List<Finding> check(Review review) {
        List<Finding> findings = new ArrayList<>();
        for (Document d : review.documents()) {
            if (!d.readable()) {
                findings.add(Finding.of(FindingCode.DOCUMENT_UNREADABLE, List.of(d.file()),
                        Map.of("reason", d.unreadable())));
            }
        }
        review.submission().problems().forEach(p -> findings.add(finding(p)));
        return findings;
    }

    private static Finding finding(IntakeProblem problem) {
        if (problem.kind() == IntakeProblem.Kind.SKIPPED) {
            return Finding.of(FindingCode.ENTRY_SKIPPED, List.of(problem.file()),
                    Map.of("entry", problem.file(), "reason", problem.reason()));
        }
        return Finding.of(FindingCode.DOCUMENT_UNREADABLE, List.of(problem.file()), Map.of("reason", problem.reason()));
    }
}
