package io.qualify.route;

import io.qualify.verdict.StoredVerdict;
import java.util.List;

/** The reviewers' dashboard: the stored verdicts, newest first, each linking to its report and JSON. */
final class Dashboard {

    private static final String STYLE = "<style>body{font-family:sans-serif;margin:2em;max-width:70em}"
            + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
            + ".APPROVE{background:#dfd}.REJECT{background:#fdd}.MANUAL_REVIEW{background:#ffd}.SUPERSEDED{opacity:.5}</style>";

    private Dashboard() {
    }

    static String page(List<StoredVerdict> verdicts) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset='utf-8'><title>Qualify</title>")
                .append(STYLE).append("</head><body><h1>Qualify — verdicts</h1><p>").append(verdicts.size())
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
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace("\"", "&quot;");
    }
}
