package io.qualify.verdict;

import io.qualify.check.Finding;
import io.qualify.check.Severity;
import java.util.List;

/** The outcome of a review, always derived from the findings (SPEC.md §1), never stored beside them. */
public enum Decision {
    APPROVE, REJECT, MANUAL_REVIEW;

    /** Any ERROR rejects; otherwise any WARNING sends to a person; otherwise approve. */
    public static Decision of(List<Finding> findings) {
        if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            return REJECT;
        }
        if (findings.stream().anyMatch(f -> f.severity() == Severity.WARNING)) {
            return MANUAL_REVIEW;
        }
        return APPROVE;
    }
}
