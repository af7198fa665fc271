package io.qualify.report;

import io.qualify.verdict.ReviewerDecision;
import io.qualify.verdict.StoredVerdict;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the service's dashboard shows: the stored verdicts (overdue ones first), the search that chose
 * them ("" for none) and when the list was made.
 */
public record Worklist(List<Row> rows, String query, OffsetDateTime now) {

    public Worklist {
        rows = List.copyOf(rows);
        query = query == null ? "" : query;
    }

    /**
     * One stored verdict: its review deadline (null when no person need decide it, or one has), whether
     * that has passed, the enterprise it is about as read, and the reviewers' decisions on it, oldest first.
     */
    public record Row(StoredVerdict verdict, OffsetDateTime deadline, boolean overdue, String enterpriseName,
                      String creditCode, List<ReviewerDecision> decisions) {

        public Row {
            decisions = List.copyOf(decisions);
        }
    }
}
