package io.qualify.verdict;

import io.qualify.document.Application;
import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.FieldNames;
import io.qualify.text.Digests;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who a verdict is about, for R18: the enterprise (credit code, else name) and the administrator (ID
 * number, kept only as a SHA-256). The typed form wins over what was read, since the same applicant
 * types the same values each time while a reading may vary; either key may be null, and a verdict
 * without both supersedes nothing. {@code enterpriseName} and {@code creditCode} are the enterprise as
 * a reviewer sees and searches it (typed, else read; null when neither).
 */
public record Parties(String enterprise, String admin, String enterpriseName, String creditCode) {

    public Parties(String enterprise, String admin) {
        this(enterprise, admin, null, null);
    }

    private static final Set<DocumentKind> CERTIFICATES = Set.of(DocumentKind.BUSINESS_LICENCE, DocumentKind.INSTITUTION_CERTIFICATE);
    private static final Set<DocumentKind> ID_CARDS = Set.of(DocumentKind.ID_CARD_FRONT, DocumentKind.ID_CARD_HANDHELD);

    public static Parties of(Application form, List<Document> documents) {
        String enterprise = first(code(form.creditCode()), read(documents, CERTIFICATES, FieldNames.CREDIT_CODE),
                name(form.enterpriseName()), name(read(documents, CERTIFICATES, FieldNames.ENTERPRISE_NAME)));
        String id = first(code(form.adminIdNumber()), code(read(documents, ID_CARDS, FieldNames.ID_NUMBER)));
        String shownName = first(blankless(form.enterpriseName()), blankless(read(documents, CERTIFICATES, FieldNames.ENTERPRISE_NAME)));
        String shownCode = first(code(form.creditCode()), code(read(documents, CERTIFICATES, FieldNames.CREDIT_CODE)));
        return new Parties(enterprise, id == null ? null : sha256("qualify-admin:" + id), shownName, shownCode);
    }

    public boolean known() {
        return enterprise != null && admin != null;
    }

    private static String read(List<Document> documents, Set<DocumentKind> kinds, String field) {
        return documents.stream().filter(d -> kinds.contains(d.kind())).map(d -> d.value(field))
                .filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
    }

    private static String code(String value) {
        return value == null || value.isBlank() ? null : value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String name(String value) {
        return value == null || value.isBlank() ? null : "name:" + value.replaceAll("\\s", "");
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    static String sha256(String text) {
        return Digests.sha256Hex(text);
    }
}
