package io.qualify.extract;

import io.qualify.document.Field;
import java.util.Map;

/** The fields read from one document (SPEC.md §4 names) and what was seen on the way, as evidence. */
public record Extraction(Map<String, Field> fields, Map<String, Object> evidence) {

    public static final Extraction NONE = new Extraction(Map.of(), Map.of());

    public Extraction {
        fields = Map.copyOf(fields);
        evidence = Map.copyOf(evidence);
    }
}
