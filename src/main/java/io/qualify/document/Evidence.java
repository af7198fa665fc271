package io.qualify.document;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What was seen on the way to a document's kind and fields, typed as the rules read it: how the file
 * was read, the ID card in a photo, the sign-off's parts, the seals, the licence's telling labels. Each
 * part is empty when it does not apply. {@link #toMap} is the verdict's JSON rendering of it (SPEC.md §4
 * {@code documents[].evidence}); nothing decides from that map.
 */
public record Evidence(Reading reading, CardEvidence card, SignOff signOff, Sealing sealing, LicenceMarks licence) {

    public static final Evidence NONE = new Evidence(Reading.NONE, CardEvidence.NONE, SignOff.NONE, Sealing.NONE,
            LicenceMarks.NONE);

    public Evidence {
        Objects.requireNonNull(reading);
        Objects.requireNonNull(card);
        Objects.requireNonNull(signOff);
        Objects.requireNonNull(sealing);
        Objects.requireNonNull(licence);
    }

    public static Evidence of(Reading reading) {
        return NONE.with(reading);
    }

    public static Evidence of(CardEvidence card) {
        return NONE.with(card);
    }

    public static Evidence of(SignOff signOff) {
        return NONE.with(signOff);
    }

    public static Evidence of(Sealing sealing) {
        return NONE.with(sealing);
    }

    public static Evidence of(LicenceMarks licence) {
        return NONE.with(licence);
    }

    public Evidence with(Reading reading) {
        return new Evidence(reading, card, signOff, sealing, licence);
    }

    public Evidence with(CardEvidence card) {
        return new Evidence(reading, card, signOff, sealing, licence);
    }

    public Evidence with(SignOff signOff) {
        return new Evidence(reading, card, signOff, sealing, licence);
    }

    public Evidence with(Sealing sealing) {
        return new Evidence(reading, card, signOff, sealing, licence);
    }

    public Evidence with(LicenceMarks licence) {
        return new Evidence(reading, card, signOff, sealing, licence);
    }

    /** The evidence as the verdict shows it: one entry per thing said, under SPEC.md's keys. */
    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        reading.render(out);
        card.render(out);
        signOff.render(out);
        sealing.render(out);
        licence.render(out);
        return out;
    }

    /**
     * How the file was read: the classifier's score for the kind it chose (null when the kind came from
     * elsewhere), whether a page had a text layer, and the reader's error when reading failed.
     */
    public record Reading(Double classificationScore, boolean textLayer, String readError) {

        public static final Reading NONE = new Reading(null, false, null);

        public static Reading failed(String error) {
            return new Reading(null, false, error);
        }

        void render(Map<String, Object> out) {
            if (classificationScore != null) {
                out.put("classificationScore", classificationScore);
            }
            if (textLayer) {
                out.put("textLayer", true);
            }
            if (readError != null) {
                out.put("readError", readError);
            }
        }
    }
}
