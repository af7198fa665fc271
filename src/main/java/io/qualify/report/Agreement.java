package io.qualify.report;

import io.qualify.check.FindingCode;
import io.qualify.document.Application;
import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.FieldNames;
import io.qualify.document.Sealing;
import io.qualify.report.VerdictPage.AgreementRow;
import io.qualify.report.VerdictPage.Cell;
import io.qualify.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * "What must agree": the enterprise's name, its credit code, the administrator's name and ID number as
 * each paper and the form give them, side by side (R5, R11, R12, R19). A row whose non-empty values
 * differ, white space aside, is marked; the values are compared as read and shown masked. The text read
 * round a seal is shown with its confidence but not compared here: arc text is read in part (a seal's
 * ring, a faint stamp), so equality would mark nearly every enterprise's name. R19 compares it as it
 * should (the part read against the name); the row is marked when R19 found a mismatch.
 */
final class Agreement {

    private final Verdict verdict;
    private final Map<String, String> anchors;
    private final Masking masking;

    private Agreement(Verdict verdict, Map<String, String> anchors, Masking masking) {
        this.verdict = verdict;
        this.anchors = anchors;
        this.masking = masking;
    }

    /** The rows for {@code verdict}; {@code anchors} maps each document's file to its section's link. */
    static List<AgreementRow> rows(Verdict verdict, Map<String, String> anchors, Masking masking) {
        return new Agreement(verdict, anchors, masking).rows();
    }

    private List<AgreementRow> rows() {
        Application form = verdict.application();
        Predicate<Document> licence = d -> d.kind().isCertificate();
        Predicate<Document> letter = d -> d.kind() == DocumentKind.NUMBER_APPLICATION_LETTER;
        Predicate<Document> commitment = d -> d.kind() == DocumentKind.NETWORK_ACCESS_COMMITMENT;
        Predicate<Document> card = d -> d.kind() == DocumentKind.ID_CARD_FRONT;
        return List.of(
                row("Enterprise name", false, sealMismatch(),
                        read("licence", licence, field(FieldNames.ENTERPRISE_NAME)),
                        typed(form.enterpriseName()),
                        read("commitment's user", commitment, field(FieldNames.USER_NAME)),
                        seal("seal on the letter", letter),
                        seal("seal on the commitment", commitment)),
                row("Credit code", false, false,
                        read("licence", licence, field(FieldNames.CREDIT_CODE)),
                        typed(form.creditCode())),
                row("Administrator's name", false, false,
                        read("letter", letter, field(FieldNames.ADMIN_NAME)),
                        read("ID card", card, field(FieldNames.NAME)),
                        typed(form.adminName())),
                row("Administrator's ID number", true, false,
                        read("letter", letter, field(FieldNames.ADMIN_ID_NUMBER)),
                        read("ID card", card, field(FieldNames.ID_NUMBER)),
                        typed(form.adminIdNumber())));
    }

    /** A value as read or typed, before masking, with where it came from and whether it is compared. */
    private record Source(String source, String value, String href, boolean compared) {
    }

    /** Whether R19 found the seal's text unlike the enterprise's name. */
    private boolean sealMismatch() {
        return verdict.findings().stream().anyMatch(f -> f.code() == FindingCode.SEAL_NAME_MISMATCH);
    }

    @SafeVarargs
    private AgreementRow row(String what, boolean idNumber, boolean differs, List<Source>... sources) {
        List<Source> all = new ArrayList<>();
        for (List<Source> s : sources) {
            all.addAll(s);
        }
        long distinct = all.stream().filter(Source::compared).map(s -> compared(s.value(), idNumber))
                .filter(v -> !v.isEmpty()).distinct().count();
        List<Cell> cells = all.stream().map(s -> new Cell(s.source(),
                idNumber ? masking.idNumber(s.value()) : masking.text(s.value()), s.href())).toList();
        return new AgreementRow(what, cells, differs || distinct > 1);
    }

    private List<Source> read(String source, Predicate<Document> kind, Function<Document, String> value) {
        return each(source, kind, (label, d) -> new Source(label, value.apply(d), anchors.get(d.file()), true));
    }

    /** The text read round the seal of each of the kind's documents, with how sure the reading was; not compared. */
    private List<Source> seal(String source, Predicate<Document> kind) {
        return each(source, kind, (label, d) -> {
            Sealing sealing = d.evidence().sealing();
            String read = sealing.textConfidence() == null ? ""
                    : ", read " + Formats.percent(sealing.textConfidence()) + "%";
            return new Source(label + read + " (R19 compares it)", sealing.text(), anchors.get(d.file()), false);
        });
    }

    /** One value per document of the kind (named by file when there are several); one empty value for none. */
    private List<Source> each(String source, Predicate<Document> kind, BiFunction<String, Document, Source> value) {
        List<Document> documents = verdict.documents().stream().filter(kind).toList();
        if (documents.isEmpty()) {
            return List.of(new Source(source, null, null, true));
        }
        boolean several = documents.size() > 1;
        return documents.stream()
                .map(d -> value.apply(several ? source + " (" + masking.text(d.file()) + ")" : source, d)).toList();
    }

    private static List<Source> typed(String value) {
        return List.of(new Source("form", value, null, true));
    }

    private static Function<Document, String> field(String name) {
        return d -> d.value(name);
    }

    /** A value as compared: no white space (full-width spaces included), an ID number's x upper-cased. */
    private static String compared(String value, boolean idNumber) {
        String bare = Objects.requireNonNullElse(value, "").replaceAll("[\\s\\u3000]+", "");
        return idNumber ? bare.toUpperCase(Locale.ROOT) : bare;
    }
}
