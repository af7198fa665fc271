package io.qualify;

/**
 * The one base of Qualify's own failures. Messages say what went wrong and what to do about it, in
 * words an operator (or, through a finding, an applicant) can act on.
 */
public class QualifyException extends Exception {

    public QualifyException(String message) {
        super(message);
    }

    public QualifyException(String message, Throwable cause) {
        super(message, cause);
    }
}
