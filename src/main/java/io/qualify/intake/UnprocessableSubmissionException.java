package io.qualify.intake;

import io.qualify.QualifyException;

/**
 * Input that no retry will turn into a verdict: not a zip, over the size limit, or a review that keeps
 * failing. The service sets it aside with this message as the reason (the inbox's {@code failed/}
 * folder, the queue's dead-letter queue) instead of trying it again.
 */
public class UnprocessableSubmissionException extends QualifyException {

    public UnprocessableSubmissionException(String message) {
        super(message);
    }
}
