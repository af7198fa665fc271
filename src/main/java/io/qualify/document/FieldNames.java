package io.qualify.document;

/**
 * The names of the fields read from documents, as SPEC.md §4 gives them in the verdict JSON: one set of
 * constants for every stage that puts or looks up a {@link Field} in {@link Document#fields()}.
 */
public final class FieldNames {

    // certificates (business licence, institution certificate)
    public static final String ENTERPRISE_NAME = "enterpriseName";
    public static final String CREDIT_CODE = "creditCode";
    public static final String REGISTRATION_NUMBER = "registrationNumber";
    public static final String ENTERPRISE_TYPE = "enterpriseType";
    public static final String LEGAL_PERSON_NAME = "legalPersonName";
    public static final String COMPOSITION_FORM = "compositionForm";
    // ID cards
    public static final String NAME = "name";
    public static final String SEX = "sex";
    public static final String NATION = "nation";
    public static final String BIRTH_DATE = "birthDate";
    public static final String ADDRESS = "address";
    public static final String ID_NUMBER = "idNumber";
    public static final String ISSUER = "issuer";
    public static final String VALID_FROM = "validFrom";
    public static final String VALID_UNTIL = "validUntil";
    // letters and commitments
    public static final String ADMIN_NAME = "adminName";
    public static final String ADMIN_ID_NUMBER = "adminIdNumber";
    public static final String DATE = "date";
    public static final String USER_NAME = "userName";

    private FieldNames() {
    }
}
