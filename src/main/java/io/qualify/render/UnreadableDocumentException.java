package io.qualify.render;

import io.qualify.QualifyException;

/** A file that cannot be turned into page images: corrupt, truncated, or of a type we do not read. */
public class UnreadableDocumentException extends QualifyException {

    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
