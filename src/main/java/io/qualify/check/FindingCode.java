package io.qualify.check;

/**
 * The stable finding codes of SPEC.md §1 with their severity. The short rejection sentence the FAQ
 * shows applicants (or one in its style) and the advice on what to fix live in the catalogue
 * {@code findings.properties} beside this class, with every more specific sentence a rule gives.
 */
public enum FindingCode {
    LICENCE_MISSING(Severity.ERROR),
    ENTERPRISE_TYPE_NOT_ALLOWED(Severity.ERROR),
    LEGAL_PERSON_MISSING(Severity.ERROR),
    CREDIT_CODE_INVALID(Severity.WARNING),
    ENTERPRISE_NAME_MISMATCH(Severity.ERROR),
    ID_CARD_FRONT_MISSING(Severity.ERROR),
    ID_CARD_BACK_MISSING(Severity.ERROR),
    ID_HANDHELD_MISSING(Severity.ERROR),
    ID_CARD_UPSIDE_DOWN(Severity.ERROR),
    ID_PHOTO_MIRRORED(Severity.ERROR),
    ID_NUMBER_INVALID(Severity.ERROR),
    ID_CARD_EXPIRED(Severity.ERROR),
    LETTER_MISSING(Severity.ERROR),
    LETTER_ADMIN_NAME_MISSING(Severity.ERROR),
    LETTER_ADMIN_ID_MISSING(Severity.ERROR),
    LETTER_DATE_MISSING(Severity.ERROR),
    LETTER_SEAL_MISSING(Severity.ERROR),
    LETTER_ADMIN_MISMATCH(Severity.ERROR),
    COMMITMENT_MISSING(Severity.ERROR),
    COMMITMENT_SEAL_MISSING(Severity.ERROR),
    COMMITMENT_USER_NAME_MISMATCH(Severity.ERROR),
    DESCRIPTION_MISSING_SCRIPT(Severity.ERROR),
    SCRIPT_PRODUCT_NAME_MISSING(Severity.ERROR),
    DOCUMENT_UNREADABLE(Severity.ERROR),
    DOCUMENT_UNRECOGNISED(Severity.WARNING),
    LOW_CONFIDENCE(Severity.WARNING),
    SEAL_NAME_MISMATCH(Severity.WARNING),
    /**
     * Beyond SPEC.md: the licence's name was read with differences a reader makes (look-alike
     * characters, a mark glued on before it) and taken as the typed one.
     */
    NAME_READ_APPROXIMATELY(Severity.INFO),
    /**
     * Beyond SPEC.md: an entry of the submission (a zip entry or a file in its folder) was refused and
     * not read, and its name is none of SPEC.md §2's document types, so no rule misses it (a document
     * refused so is {@link #DOCUMENT_UNREADABLE}). The evidence names the entry and the reason.
     */
    ENTRY_SKIPPED(Severity.INFO);

    private final Severity severity;

    FindingCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    /** The code's sentence, from the catalogue ({@link FindingTexts}). */
    public String message() {
        return FindingTexts.text(name());
    }

    /** What to fix, from the catalogue ({@link FindingTexts}). */
    public String advice() {
        return FindingTexts.text(name() + ".advice");
    }
}
