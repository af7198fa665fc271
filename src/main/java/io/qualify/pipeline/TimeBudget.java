package io.qualify.pipeline;

import java.time.Duration;

/**
 * How long one document, and one submission in all, may be read before what is left is given up as
 * unreadable (R15: took too long). A decoder or an OCR call that hangs then costs a worker this much
 * time, never more; the rest of the submission is still judged. The defaults are in
 * {@code application.properties} ({@code qualify.budget.*}).
 */
public record TimeBudget(Duration perDocument, Duration perSubmission) {

    public TimeBudget {
        if (perDocument.isNegative() || perDocument.isZero() || perSubmission.isNegative() || perSubmission.isZero()) {
            throw new IllegalArgumentException("time budgets must be positive");
        }
    }
}
