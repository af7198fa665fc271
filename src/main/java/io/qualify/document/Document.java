package io.qualify.document;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the pipeline learned about one uploaded file: its kind, how it was turned, what was read.
 * {@code unreadable} carries the reason when the file could not be read at all (R15), else null.
 * {@code text} is the recognised text (kept for classification and the report, never for logs);
 * {@code evidence} what was seen on the way, typed for the rules.
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
        Evidence evidence,
        List<PageView> views) {

    public Document {
        fields = Map.copyOf(fields);
        Objects.requireNonNull(evidence);
        views = List.copyOf(views);
    }

    /** A document with no pictures of its pages for the reviewer. */
    public Document(String file, DocumentKind kind, int pages, int rotation, boolean mirrored, boolean sealDetected,
                    Map<String, Field> fields, String text, double ocrConfidence, String unreadable, Evidence evidence) {
        this(file, kind, pages, rotation, mirrored, sealDetected, fields, text, ocrConfidence, unreadable, evidence,
                List.of());
    }

    public static Document unreadable(String file, String reason) {
        return of(file, DocumentKind.UNKNOWN).unreadable(reason).build();
    }

    /**
     * A document of {@code file} and {@code kind} to be described part by part: no pages, upright, not
     * mirrored, no seal, nothing read, readable, no evidence until said otherwise.
     */
    public static Builder of(String file, DocumentKind kind) {
        return new Builder(file, kind);
    }

    /** This document, to be described again with some parts changed. */
    public Builder toBuilder() {
        return of(file, kind).pages(pages).rotation(rotation).mirrored(mirrored).sealDetected(sealDetected)
                .fields(fields).read(text, ocrConfidence).unreadable(unreadable).evidence(evidence).views(views);
    }

    /** A {@link Document} named part by part instead of by twelve positions. */
    public static final class Builder {

        private final String file;
        private DocumentKind kind;
        private int pages;
        private int rotation;
        private boolean mirrored;
        private boolean sealDetected;
        private Map<String, Field> fields = Map.of();
        private String text = "";
        private double ocrConfidence;
        private String unreadable;
        private Evidence evidence = Evidence.NONE;
        private List<PageView> views = List.of();

        private Builder(String file, DocumentKind kind) {
            this.file = file;
            this.kind = kind;
        }

        public Builder kind(DocumentKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder pages(int pages) {
            this.pages = pages;
            return this;
        }

        /** How far the file was turned clockwise to stand upright, in degrees. */
        public Builder rotation(int rotation) {
            this.rotation = rotation;
            return this;
        }

        public Builder mirrored(boolean mirrored) {
            this.mirrored = mirrored;
            return this;
        }

        public Builder sealDetected(boolean sealDetected) {
            this.sealDetected = sealDetected;
            return this;
        }

        public Builder fields(Map<String, Field> fields) {
            this.fields = fields;
            return this;
        }

        /** The text recognised on it and the reader's mean confidence in it. */
        public Builder read(String text, double ocrConfidence) {
            this.text = text;
            this.ocrConfidence = ocrConfidence;
            return this;
        }

        /** Why the file could not be read at all, or null when it could. */
        public Builder unreadable(String reason) {
            this.unreadable = reason;
            return this;
        }

        public Builder evidence(Evidence evidence) {
            this.evidence = evidence;
            return this;
        }

        /** Pictures of its pages with what was found on them, for the reviewer (none by default). */
        public Builder views(List<PageView> views) {
            this.views = views;
            return this;
        }

        public Document build() {
            return new Document(file, kind, pages, rotation, mirrored, sealDetected, fields, text, ocrConfidence,
                    unreadable, evidence, views);
        }
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
