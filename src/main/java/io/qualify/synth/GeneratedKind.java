package io.qualify.synth;

/** What a generated file is, named as the document kinds of SPEC.md §4 where one applies. */
public enum GeneratedKind {
    BUSINESS_LICENCE,
    INSTITUTION_CERTIFICATE,
    /** A readable document of no known kind: classified UNKNOWN, raises DOCUMENT_UNRECOGNISED. */
    UNKNOWN,
    /** A corrupt or truncated file: raises DOCUMENT_UNREADABLE. */
    UNREADABLE
}
