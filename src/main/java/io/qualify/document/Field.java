package io.qualify.document;

import java.util.Arrays;

/**
 * One value read from a document with how sure the reader is of it (0..1). A field below the
 * configured confidence floor is reported as low confidence (R17) instead of being trusted. When the
 * reader knows them, {@code characters} holds each character's own confidence (one per char of the
 * value); it is empty otherwise.
 */
public record Field(String value, double confidence, double[] characters) {

    public Field {
        characters = characters == null || characters.length != value.length() ? new double[0] : characters.clone();
    }

    public Field(String value, double confidence) {
        this(value, confidence, new double[0]);
    }

    public static Field certain(String value) {
        return new Field(value, 1.0);
    }

    /** The confidence of the character at {@code index}: its own when known, the field's otherwise. */
    public double characterConfidence(int index) {
        return characters.length == 0 ? confidence : characters[index];
    }

    /**
     * Whether the reader gave each character of {@code text} its own confidence: {@code text} is this
     * value (as compared, normalised) and a confidence is known for each of its characters.
     */
    public boolean confidencePerCharacterOf(String text) {
        return characters.length == text.length() && value.equals(text);
    }

    /**
     * The confidence of the character at {@code index} of {@code text} (this value as compared,
     * normalised): its own when the reader gave one for each of {@code text}'s characters, the field's
     * otherwise.
     */
    public double characterConfidence(String text, int index) {
        return confidencePerCharacterOf(text) ? characters[index] : confidence;
    }

    /** The same value with another overall confidence, keeping the characters' own. */
    public Field withConfidence(double other) {
        return new Field(value, other, characters);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Field f && f.value.equals(value) && f.confidence == confidence
                && Arrays.equals(f.characters, characters);
    }

    @Override
    public int hashCode() {
        return value.hashCode() * 31 + Double.hashCode(confidence);
    }

    @Override
    public String toString() {
        return "Field[" + value + ", " + confidence + "]";
    }
}
