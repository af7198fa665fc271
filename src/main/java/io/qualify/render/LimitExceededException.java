package io.qualify.render;

/** A file over a configured limit (bytes, pixels, pages); the message names the limit and the value. */
public class LimitExceededException extends UnreadableDocumentException {

    public LimitExceededException(String message) {
        super(message);
    }
}
