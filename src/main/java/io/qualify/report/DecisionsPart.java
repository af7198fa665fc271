package io.qualify.report;

import io.qualify.verdict.Decision;
import io.qualify.verdict.ReviewerDecision;
import java.util.List;

/**
 * What the reviewer's-decision fragment ({@code decisions.jte}) shows: the machine's decision, the
 * reviewers' decisions oldest first and, when one may still be made, the form posting to {@code action}.
 * Public only for the precompiled templates.
 */
public record DecisionsPart(String machine, List<Row> decisions, boolean mayDecide, String action,
                            List<String> codes) {

    /** A reviewer's decision: who, when, what, the finding code that is the reason (null for none), why. */
    public record Row(String reviewer, String decidedAt, String decision, String code, String reason) {
    }

    static DecisionsPart of(String verdictId, Decision machine, List<ReviewerDecision> decisions, boolean mayDecide,
                            List<String> codes, Masking masking) {
        List<Row> rows = decisions.stream().map(d -> new Row(masking.text(d.reviewer()), Formats.time(d.decidedAt()),
                d.decision().name(), d.findingCode(), masking.text(d.reason()))).toList();
        return new DecisionsPart(machine == null ? "" : machine.name(), rows, mayDecide,
                "/reports/" + Formats.pathSegment(verdictId) + "/decisions",
                codes == null ? List.of() : List.copyOf(codes));
    }
}
