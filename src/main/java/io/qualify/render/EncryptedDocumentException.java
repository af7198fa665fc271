package io.qualify.render;

/** A password-protected PDF: we never guess passwords, the applicant must upload it unprotected. */
public class EncryptedDocumentException extends UnreadableDocumentException {

    public EncryptedDocumentException(String message) {
        super(message);
    }

    public EncryptedDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
