package io.qualify.report;

import io.qualify.verdict.Decision;
import io.qualify.verdict.ReviewerDecision;
import io.qualify.verdict.StoredVerdict;
import java.util.Arrays;
import java.util.List;

/**
 * What the service's dashboard ({@code dashboard.jte}) shows of a {@link Worklist}: the search, and one
 * row per stored verdict in the order given. Public only for the precompiled templates.
 */
public record DashboardPage(String query, List<String> decisions, List<Row> rows) {

    /** How many verdicts are listed. */
    public int count() {
        return rows.size();
    }

    /**
     * A stored verdict: links to its report and its JSON, its decision and status, the enterprise, when it
     * was reviewed and is due (with sort keys), whether it is overdue, and the latest reviewer's decision
     * ({@code latest} and {@code latestBy} null when none).
     */
    public record Row(String reportHref, String apiHref, String submission, String decision, String status,
                      String enterpriseName, String creditCode, String reviewedAt, long reviewedAtSort,
                      String deadline, long deadlineSort, boolean overdue, String latest, String latestBy) {
    }

    static DashboardPage of(Worklist worklist, Masking masking) {
        List<String> decisions = Arrays.stream(Decision.values()).map(Decision::name).toList();
        return new DashboardPage(worklist.query(), decisions,
                worklist.rows().stream().map(r -> row(r, masking)).toList());
    }

    private static Row row(Worklist.Row row, Masking masking) {
        StoredVerdict v = row.verdict();
        String id = Formats.pathSegment(v.id());
        ReviewerDecision latest = row.decisions().isEmpty() ? null : row.decisions().get(row.decisions().size() - 1);
        return new Row("reports/" + id, "api/submissions/" + id, v.submission(), v.decision().name(),
                v.status().name(), masking.text(row.enterpriseName()), row.creditCode(),
                Formats.time(v.reviewedAt()), Formats.sortKey(v.reviewedAt()), Formats.time(row.deadline()),
                Formats.sortKey(row.deadline()), row.overdue(), latest == null ? null : latest.decision().name(),
                latest == null ? null : masking.text(latest.reviewer()));
    }
}
