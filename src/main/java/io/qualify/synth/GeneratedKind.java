package io.qualify.synth;

/** What a generated file is, named as the document kinds of SPEC.md §4 where one applies. */
public enum GeneratedKind {
    BUSINESS_LICENCE,
    INSTITUTION_CERTIFICATE,
    /** A photo of the ID card's front (人像面) lying on a surface. */
    ID_CARD_FRONT,
    /** A photo of the ID card's back (国徽面) lying on a surface. */
    ID_CARD_BACK,
    /** A photo of the applicant holding the card, its front showing (手持身份证). */
    ID_CARD_HANDHELD,
    /** A number-application letter (号码申请公函), scanned, photographed or a born-digital PDF. */
    NUMBER_APPLICATION_LETTER,
    /** A network-access commitment (电信入网承诺书), scanned, photographed or a born-digital PDF. */
    NETWORK_ACCESS_COMMITMENT,
    /** A readable document of no known kind: classified UNKNOWN, raises DOCUMENT_UNRECOGNISED. */
    UNKNOWN,
    /** A corrupt or truncated file: raises DOCUMENT_UNREADABLE. */
    UNREADABLE
}
