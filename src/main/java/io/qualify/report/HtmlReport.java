package io.qualify.report;

import io.qualify.check.Finding;
import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.text.IdNumbers;
import io.qualify.verdict.Verdict;
import java.util.List;
import java.util.Map;

/**
 * The reviewer's page for one verdict, and the index of a batch: the decision first, then each
 * finding with its reason and remedy, then what was read from each document. Plain HTML, no scripts,
 * everything escaped; ID numbers masked unless {@code showPii}.
 */
public final class HtmlReport {

    private final boolean showPii;
    private final VerdictJson json;

    public HtmlReport(boolean showPii) {
        this.showPii = showPii;
        this.json = new VerdictJson(showPii);
    }

    public String page(Verdict verdict) {
        StringBuilder html = new StringBuilder(head("Qualify — " + verdict.submission()));
        html.append("<h1>").append(esc(verdict.submission())).append("</h1>");
        html.append("<p class='decision ").append(verdict.decision()).append("'>").append(verdict.decision())
                .append("</p><p>application ").append(esc(verdict.applicationId())).append(" · reviewed ")
                .append(esc(String.valueOf(json.tree(verdict).get("reviewedAt")))).append(" · ")
                .append(verdict.elapsedMillis()).append(" ms</p>");
        html.append("<h2>Findings</h2>").append(findings(verdict.findings()));
        html.append("<h2>Documents</h2>");
        verdict.documents().forEach(d -> html.append(document(d)));
        return html.append("</body></html>").toString();
    }

    /** The batch index: one row per verdict linking to its page. */
    public String index(List<Verdict> verdicts) {
        StringBuilder html = new StringBuilder(head("Qualify — verdicts"));
        html.append("<h1>Verdicts</h1><table><tr><th>submission</th><th>decision</th><th>findings</th></tr>");
        for (Verdict v : verdicts) {
            html.append("<tr class='").append(v.decision()).append("'><td><a href='").append(esc(v.submission()))
                    .append(".html'>").append(esc(v.submission())).append("</a></td><td>").append(v.decision())
                    .append("</td><td>").append(esc(String.join(", ", v.findings().stream()
                            .map(f -> f.code().name()).toList()))).append("</td></tr>");
        }
        return html.append("</table></body></html>").toString();
    }

    private String findings(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "<p>No findings.</p>";
        }
        StringBuilder html = new StringBuilder("<table><tr><th>code</th><th>severity</th><th>message</th>"
                + "<th>advice</th><th>documents</th><th>evidence</th></tr>");
        for (Finding f : findings) {
            html.append("<tr class='").append(f.severity() == io.qualify.check.Severity.ERROR ? "REJECT" : "MANUAL_REVIEW")
                    .append("'><td>").append(f.code()).append("</td><td>").append(f.severity()).append("</td><td>")
                    .append(esc(pii(f.message()))).append("</td><td>").append(esc(pii(f.advice()))).append("</td><td>")
                    .append(esc(String.join(", ", f.documents()))).append("</td><td>")
                    .append(esc(pii(String.valueOf(f.evidence())))).append("</td></tr>");
        }
        return html.append("</table>").toString();
    }

    private String document(Document d) {
        StringBuilder html = new StringBuilder("<h3>").append(esc(d.file())).append(" — ").append(d.kind())
                .append("</h3><p>pages ").append(d.pages()).append(" · rotation ").append(d.rotation())
                .append(" · OCR confidence ").append(Math.round(d.ocrConfidence() * 100)).append("%");
        if (d.mirrored()) {
            html.append(" · <b>mirrored</b>");
        }
        if (d.kind() == DocumentKind.NUMBER_APPLICATION_LETTER || d.kind() == DocumentKind.NETWORK_ACCESS_COMMITMENT) {
            html.append(" · seal ").append(d.sealDetected() ? "found" : "<b>not found</b>");
        }
        if (!d.readable()) {
            html.append(" · <b>unreadable:</b> ").append(esc(d.unreadable()));
        }
        html.append("</p><table><tr><th>field</th><th>value</th><th>confidence</th></tr>");
        d.fields().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> html.append("<tr><td>")
                .append(esc(e.getKey())).append("</td><td>").append(esc(pii(e.getValue().value()))).append("</td><td>")
                .append(Math.round(e.getValue().confidence() * 100)).append("%</td></tr>"));
        html.append("</table><details><summary>text read</summary><pre>").append(esc(pii(d.text())))
                .append("</pre></details>");
        return html.toString();
    }

    private String pii(String text) {
        return showPii ? text : IdNumbers.maskAll(text);
    }

    private static String head(String title) {
        return Html.head(title);
    }

    static String esc(String text) {
        return Html.escape(text);
    }
}
