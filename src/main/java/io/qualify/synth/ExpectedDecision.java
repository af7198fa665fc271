package io.qualify.synth;

import java.util.List;

/** The decision a correct review reaches for a generated submission, derived from its expected findings. */
public enum ExpectedDecision {
    APPROVE, REJECT, MANUAL_REVIEW;

    /** SPEC.md §1: any ERROR → REJECT; otherwise any WARNING → MANUAL_REVIEW; otherwise APPROVE. */
    public static ExpectedDecision of(List<ExpectedFinding> findings) {
        if (findings.stream().anyMatch(f -> f.severity() == ExpectedFinding.Severity.ERROR)) {
            return REJECT;
        }
        return findings.isEmpty() ? APPROVE : MANUAL_REVIEW;
    }
}
