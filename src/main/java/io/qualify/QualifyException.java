package io.qualify;

/**
 * The one base of Qualify's own failures. Messages say what went wrong and what to do about it, in
 * words an operator (or, through a finding, an applicant) can act on. Unchecked: a file that cannot be
 * read ({@code UnreadableDocumentException}) is declared where it is thrown and ends as a finding, while
 * a store that cannot be reached, a configuration in error or an OCR engine that cannot start are met
 * where the service or the command line can act on them, far from where they arise.
 */
public class QualifyException extends RuntimeException {

    public QualifyException(String message) {
        super(message);
    }

    public QualifyException(String message, Throwable cause) {
        super(message, cause);
    }
}
