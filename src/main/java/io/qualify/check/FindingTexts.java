package io.qualify.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

/**
 * The catalogue of every sentence a finding carries ({@code findings.properties} beside this class,
 * UTF-8): each code's sentence ({@code CODE}), its advice ({@code CODE.advice}) and the more specific
 * sentences rules give ({@code CODE.name}, {@link Finding#variant}). Read once; a key it lacks is a
 * defect and fails loudly, never an empty message.
 */
final class FindingTexts {

    private static final Properties TEXTS = load();

    private FindingTexts() {
    }

    /** The sentence under {@code key}. */
    static String text(String key) {
        String text = TEXTS.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("findings.properties has no sentence for " + key);
        }
        return text;
    }

    /** Every key of the catalogue. */
    static Set<String> keys() {
        return TEXTS.stringPropertyNames();
    }

    private static Properties load() {
        Properties texts = new Properties();
        try (InputStream in = FindingTexts.class.getResourceAsStream("findings.properties")) {
            if (in == null) {
                throw new IllegalStateException("findings.properties is missing from the class path");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
