package io.qualify.synth;

/**
 * A finding the review must raise for a generated submission (code and severity as in SPEC.md §1).
 *
 * @param code     the stable finding code, e.g. ENTERPRISE_TYPE_NOT_ALLOWED
 * @param severity ERROR or WARNING
 */
public record ExpectedFinding(String code, Severity severity) {

    /** Severities that decide the outcome (SPEC.md: any ERROR → REJECT, else any WARNING → MANUAL_REVIEW). */
    public enum Severity { ERROR, WARNING }

    public static ExpectedFinding error(String code) {
        return new ExpectedFinding(code, Severity.ERROR);
    }

    public static ExpectedFinding warning(String code) {
        return new ExpectedFinding(code, Severity.WARNING);
    }
}
