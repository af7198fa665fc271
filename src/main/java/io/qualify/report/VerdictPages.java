package io.qualify.report;

import io.qualify.check.Finding;
import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.Field;
import io.qualify.report.VerdictPage.DocumentItem;
import io.qualify.report.VerdictPage.Entry;
import io.qualify.report.VerdictPage.FieldItem;
import io.qualify.report.VerdictPage.FindingItem;
import io.qualify.report.VerdictPage.Link;
import io.qualify.verdict.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the verdict page's model from a {@link Verdict}: each document gets the anchor {@code doc-N}
 * (N from 1, in the verdict's order) that findings and the agreement table link to; every text passes
 * through the {@link Masking}.
 */
final class VerdictPages {

    private final Verdict verdict;
    private final Masking masking;
    private final Map<String, String> anchors = new HashMap<>();

    private VerdictPages(Verdict verdict, Masking masking) {
        this.verdict = verdict;
        this.masking = masking;
        for (int i = 0; i < verdict.documents().size(); i++) {
            anchors.putIfAbsent(verdict.documents().get(i).file(), "#" + anchor(i));
        }
    }

    static VerdictPage of(Verdict verdict, Masking masking) {
        return new VerdictPages(verdict, masking).page();
    }

    private VerdictPage page() {
        List<DocumentItem> documents = new ArrayList<>();
        for (int i = 0; i < verdict.documents().size(); i++) {
            documents.add(document(anchor(i), verdict.documents().get(i)));
        }
        return new VerdictPage(masking.text(verdict.submission()), verdict.decision().name(),
                masking.text(verdict.applicationId()), Formats.time(verdict.reviewedAt()), verdict.elapsedMillis(),
                verdict.pipelineVersion(), verdict.findings().stream().map(this::finding).toList(),
                Agreement.rows(verdict, anchors, masking), documents);
    }

    private static String anchor(int index) {
        return "doc-" + (index + 1);
    }

    private FindingItem finding(Finding f) {
        List<Link> links = f.documents().stream().map(file -> new Link(masking.text(file), anchors.get(file))).toList();
        return new FindingItem(f.code().name(), f.severity().name(), masking.text(f.message()),
                masking.text(f.advice()), links, entries(f.evidence()));
    }

    private DocumentItem document(String id, Document d) {
        List<FieldItem> fields = new TreeMap<>(d.fields()).entrySet().stream()
                .map(e -> field(e.getKey(), e.getValue())).toList();
        return new DocumentItem(id, masking.text(d.file()), d.kind().name(), d.pages(), d.rotation(), d.mirrored(),
                seal(d), d.readable() ? null : masking.text(d.unreadable()), Formats.percent(d.ocrConfidence()), fields,
                masking.text(d.text()), entries(d.evidence().toMap()), Figures.of(d, masking));
    }

    private FieldItem field(String name, Field field) {
        return new FieldItem(name, masking.field(name, field.value()), Formats.percent(field.confidence()));
    }

    /** "found" or "not found" where a seal is needed (letter, commitment) or was seen; null elsewhere. */
    private static String seal(Document d) {
        boolean needed = d.kind() == DocumentKind.NUMBER_APPLICATION_LETTER
                || d.kind() == DocumentKind.NETWORK_ACCESS_COMMITMENT;
        if (d.sealDetected()) {
            return "found";
        }
        return needed ? "not found" : null;
    }

    private List<Entry> entries(Map<String, Object> evidence) {
        return new TreeMap<>(evidence).entrySet().stream()
                .map(e -> new Entry(e.getKey(), masking.text(String.valueOf(e.getValue())))).toList();
    }
}
