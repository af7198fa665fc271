package io.qualify.ocr;

import io.qualify.QualifyException;

/**
 * The OCR engine cannot start: libtesseract or the models are missing. Unchecked because nothing can
 * recover inside a review; the message says which package or file to install.
 */
public class OcrUnavailableException extends QualifyException {

    public OcrUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
