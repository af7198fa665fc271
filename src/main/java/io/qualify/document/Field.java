package io.qualify.document;

/**
 * One value read from a document with how sure the reader is of it (0..1). A field below the
 * configured confidence floor is reported as low confidence (R17) instead of being trusted.
 */
public record Field(String value, double confidence) {

    public static Field certain(String value) {
        return new Field(value, 1.0);
    }
}
