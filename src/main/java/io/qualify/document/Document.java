package io.qualify.document;

import java.util.List;
import java.util.Map;

/**
 * Everything the pipeline learned about one uploaded file: its kind, how it was turned, what was read.
 * {@code unreadable} carries the reason when the file could not be read at all (R15), else null.
 * {@code text} is the recognised text (kept for classification and the report, never for logs).
 */
public record Document(
        String file,
        DocumentKind kind,
        int pages,
        int rotation,
        boolean mirrored,
        boolean sealDetected,
        Map<String, Field> fields,
        String text,
        double ocrConfidence,
        String unreadable,
        Map<String, Object> evidence) {

    public Document {
        fields = Map.copyOf(fields);
        evidence = Map.copyOf(evidence);
    }

    public static Document unreadable(String file, String reason) {
        return new Document(file, DocumentKind.UNKNOWN, 0, 0, false, false, Map.of(), "", 0, reason, Map.of());
    }

    public boolean readable() {
        return unreadable == null;
    }

    public String value(String field) {
        Field f = fields.get(field);
        return f == null ? null : f.value();
    }

    public static List<String> names(List<Document> documents) {
        return documents.stream().map(Document::file).toList();
    }
}
