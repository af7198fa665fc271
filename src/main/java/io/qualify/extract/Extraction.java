package io.qualify.extract;

import io.qualify.document.Evidence;
import io.qualify.document.Field;
import java.util.Map;
import java.util.Objects;

/** The fields read from one document (SPEC.md §4 names) and what was seen on the way, as evidence. */
public record Extraction(Map<String, Field> fields, Evidence evidence) {

    public static final Extraction NONE = new Extraction(Map.of(), Evidence.NONE);

    public Extraction {
        fields = Map.copyOf(fields);
        Objects.requireNonNull(evidence);
    }
}
