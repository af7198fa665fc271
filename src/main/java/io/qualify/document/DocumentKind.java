package io.qualify.document;

/** The kinds of document a submission may hold (SPEC.md §4). Decided from content, never from file names. */
public enum DocumentKind {
    BUSINESS_LICENCE,
    INSTITUTION_CERTIFICATE,
    ID_CARD_FRONT,
    ID_CARD_BACK,
    ID_CARD_HANDHELD,
    NUMBER_APPLICATION_LETTER,
    NETWORK_ACCESS_COMMITMENT,
    UNKNOWN;

    /** True for the two kinds that satisfy R1 (a licence or an institution certificate). */
    public boolean isCertificate() {
        return this == BUSINESS_LICENCE || this == INSTITUTION_CERTIFICATE;
    }
}
