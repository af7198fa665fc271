package io.qualify.route;

import io.qualify.report.Html;
import io.qualify.verdict.StoredVerdict;
import java.util.List;

/** The reviewers' dashboard: the stored verdicts, newest first, each linking to its report and JSON. */
final class Dashboard {

    private Dashboard() {
    }

    static String page(List<StoredVerdict> verdicts) {
        StringBuilder html = new StringBuilder(Html.head("Qualify"))
                .append("<h1>Qualify — verdicts</h1><p>").append(verdicts.size())
                .append(" stored. Upload: <code>POST /api/submissions</code> with a zip body.</p>")
                .append("<table><tr><th>submission</th><th>decision</th><th>status</th><th>reviewed</th><th>id</th></tr>");
        for (StoredVerdict v : verdicts) {
            html.append("<tr class='").append(v.decision()).append(' ').append(v.status()).append("'><td><a href='reports/")
                    .append(v.id()).append("'>").append(esc(v.submission())).append("</a></td><td>").append(v.decision())
                    .append("</td><td>").append(v.status()).append("</td><td>").append(v.reviewedAt())
                    .append("</td><td><a href='api/submissions/").append(v.id()).append("'>").append(v.id()).append("</a></td></tr>");
        }
        return html.append("</table></body></html>").toString();
    }

    private static String esc(String s) {
        return Html.escape(s);
    }
}
