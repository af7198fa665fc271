package io.qualify.route;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.qualify.document.Intake;
import io.qualify.document.Intake.Source;
import io.qualify.intake.Contents;
import io.qualify.intake.Inbox;
import io.qualify.intake.UnprocessableSubmissionException;
import io.qualify.report.Pages;
import io.qualify.report.Worklist;
import io.qualify.verdict.Decision;
import io.qualify.verdict.DecisionRefusedException;
import io.qualify.verdict.ReviewHours;
import io.qualify.verdict.ReviewerDecision;
import io.qualify.verdict.StoredVerdict;
import io.qualify.verdict.VerdictStore;
import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the HTTP API answers (SPEC.md §5), apart from HTTP itself. An upload is put into the inbox
 * (so it is as crash-safe as a dropped zip) and registered in the store; its id is the content's.
 * Reviewers decide the verdicts left to a person here: a decision is a record beside the verdict, and
 * each verdict awaiting one has a deadline from the FAQ's service level ({@link ReviewHours}).
 */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LIST_LIMIT = 1000;

    private final Inbox inbox;
    private final VerdictStore store;
    private final long maxBytes;
    private final String node;
    private final ReviewHours hours;
    private final Clock clock;
    private final Pages pages = new Pages();

    public Api(Inbox inbox, VerdictStore store, long maxBytes, String node, ReviewHours hours, Clock clock) {
        this.inbox = inbox;
        this.store = store;
        this.maxBytes = maxBytes;
        this.node = node;
        this.hours = hours;
        this.clock = clock;
    }

    /** One HTTP answer; {@code headers} are any beyond its content type (a redirect's Location, a cookie). */
    public record Reply(int status, String contentType, String body, Map<String, String> headers) {

        public Reply(int status, String contentType, String body) {
            this(status, contentType, body, Map.of());
        }

        static Reply json(int status, Object value) {
            try {
                return new Reply(status, "application/json", JSON.writeValueAsString(value));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("reply could not be written as JSON", e);
            }
        }

        static Reply error(int status, String message) {
            return json(status, Map.of("error", message));
        }

        static Reply html(int status, String page) {
            return new Reply(status, "text/html; charset=utf-8", page);
        }

        /** 303 See Other: after a form's POST, the browser fetches {@code location}. */
        static Reply seeOther(String location) {
            return seeOther(location, Map.of());
        }

        /** 303 See Other with {@code headers} besides the Location (a cookie). */
        static Reply seeOther(String location, Map<String, String> headers) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.put("Location", location);
            return new Reply(303, "text/plain; charset=utf-8", "see " + location, Map.copyOf(all));
        }
    }

    /** {@code POST /api/submissions}: 202 with the id, 400 when not a zip, 413 when too large, 409 on a name clash. */
    public Reply upload(byte[] body, String name) throws IOException {
        byte[] zip = body == null ? new byte[0] : body;
        try {
            Contents.checkZip(zip, maxBytes);
        } catch (UnprocessableSubmissionException e) {
            return Reply.error(zip.length > maxBytes ? 413 : 400, e.getMessage());
        }
        String sha256 = Contents.sha256(zip);
        Intake item = new Intake(sha256, Source.HTTP, Contents.safeName(name, "upload-" + sha256.substring(0, 12)), null);
        Optional<String> state = store.state(item.id());
        if (state.isEmpty() || state.get().equals("RECEIVED")) {
            if (!inbox.accept(zip, item.name())) {
                return Reply.error(409, "a different upload named " + item.name() + " is still waiting; name this one otherwise");
            }
        }
        return Reply.json(202, Map.of("id", item.id(), "state", store.register(item, node)));
    }

    /** {@code GET /api/submissions/{id}}: the verdict JSON, 202 with the state while it is pending, else 404. */
    public Reply verdict(String id) {
        Optional<StoredVerdict> verdict = store.verdict(id);
        if (verdict.isPresent()) {
            return new Reply(200, "application/json", withDecisions(verdict.get().json(), store.decisions(List.of(id))));
        }
        return store.state(id).map(s -> Reply.json(202, Map.of("id", id, "state", s)))
                .orElseGet(() -> Reply.error(404, "no submission " + id));
    }

    /** {@code GET /api/submissions}: every stored verdict, newest first. */
    public Reply list() {
        return list(null);
    }

    /**
     * {@code GET /api/submissions[?q=TEXT]}: the stored verdicts whose enterprise name, credit code or
     * submission holds {@code query} (all when it is blank), newest first, each with its deadline.
     */
    public Reply list(String query) {
        return Reply.json(200, rows(query).stream().map(Api::row).toList());
    }

    /** {@code GET /reports/{id}}: the stored report, with the reviewers' decisions and, if one may be made, the form. */
    public Reply report(String id) {
        Optional<String> html = store.report(id);
        if (html.isEmpty()) {
            return Reply.error(404, "no verdict " + id);
        }
        StoredVerdict verdict = store.verdict(id).orElseThrow();
        List<ReviewerDecision> decisions = store.decisions(List.of(id));
        String fragment = pages.decisions(id, verdict.decision(), decisions, mayDecide(verdict, decisions),
                ReviewerDecision.reasonCodes());
        return Reply.html(200, html.get().replace(Pages.DECISIONS_MARKER, fragment));
    }

    /** {@code GET /[?q=TEXT]}: the reviewers' dashboard. */
    public Reply dashboard(String query) {
        return Reply.html(200, pages.dashboard(worklist(query)));
    }

    /** {@code GET /api/submissions/{id}/decisions}: the reviewers' decisions on a verdict, oldest first. */
    public Reply decisions(String id) {
        if (store.verdict(id).isEmpty()) {
            return Reply.error(404, "no verdict " + id);
        }
        return Reply.json(200, store.decisions(List.of(id)).stream().map(Api::decisionRow).toList());
    }

    /**
     * {@code POST /api/submissions/{id}/decisions} with {@code {"decision", "code", "reason", "reviewer"}}:
     * 201 with the decision recorded; 400 when it is incomplete, 404 for no verdict, 409 when the verdict
     * takes no decision (not MANUAL_REVIEW, or approved already).
     */
    public Reply decide(String id, Map<String, String> asked) {
        try {
            ReviewerDecision made = record(id, asked);
            return Reply.json(201, decisionRow(made));
        } catch (DecisionRefusedException e) {
            return Reply.error(status(e.why()), e.getMessage());
        }
    }

    /** The verdict page's form: records the decision and sends the browser back to the page. */
    public Reply decideFromPage(String id, Map<String, String> form) {
        try {
            record(id, form);
            return Reply.seeOther("/reports/" + id);
        } catch (DecisionRefusedException e) {
            return Reply.html(status(e.why()), pages.refused(id, e.getMessage()));
        }
    }

    private ReviewerDecision record(String id, Map<String, String> asked) {
        Decision decision;
        try {
            decision = Decision.valueOf(asked.getOrDefault("decision", "").strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            decision = null;
        }
        String code = asked.get("code");
        return store.decide(id, decision, code == null || code.isBlank() ? null : code.strip(), asked.get("reason"),
                asked.get("reviewer"));
    }

    private static int status(DecisionRefusedException.Why why) {
        return switch (why) {
            case INVALID -> 400;
            case NO_VERDICT -> 404;
            case NOT_FOR_A_PERSON, APPROVED -> 409;
        };
    }

    /** A verdict takes a decision while it is the machine's MANUAL_REVIEW, current, and not yet approved. */
    private static boolean mayDecide(StoredVerdict verdict, List<ReviewerDecision> decisions) {
        return verdict.leftToAPerson() && !ReviewerDecision.approved(decisions);
    }

    /**
     * The stored verdicts for the dashboard: overdue ones first (longest overdue first), then those awaiting
     * a person (soonest due first), then the rest, newest first.
     */
    Worklist worklist(String query) {
        List<Worklist.Row> rows = new ArrayList<>(rows(query));
        rows.sort(Comparator.comparing((Worklist.Row r) -> r.overdue() ? 0 : r.deadline() != null ? 1 : 2)
                .thenComparing(r -> r.deadline() == null ? OffsetDateTime.MAX : r.deadline()));
        return new Worklist(rows, query, OffsetDateTime.now(clock));
    }

    /** The stored verdicts {@code query} finds, newest first, each with its deadline and decisions. */
    private List<Worklist.Row> rows(String query) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<StoredVerdict> verdicts = store.search(query, LIST_LIMIT);
        Map<String, List<ReviewerDecision>> decided = store.decisions(verdicts.stream().map(StoredVerdict::id).toList())
                .stream().collect(Collectors.groupingBy(ReviewerDecision::verdictId));
        List<Worklist.Row> rows = new ArrayList<>();
        for (StoredVerdict v : verdicts) {
            List<ReviewerDecision> decisions = decided.getOrDefault(v.id(), List.of());
            boolean awaiting = v.leftToAPerson() && decisions.isEmpty();
            OffsetDateTime deadline = awaiting ? hours.deadline(v.receivedAt() != null ? v.receivedAt() : v.reviewedAt()) : null;
            rows.add(new Worklist.Row(v, deadline, deadline != null && now.isAfter(deadline), v.enterpriseName(),
                    v.creditCode(), decisions));
        }
        return rows;
    }

    /** The stored JSON with the reviewers' decisions added under {@code reviewerDecisions}. */
    private static String withDecisions(String json, List<ReviewerDecision> decisions) {
        try {
            ObjectNode verdict = (ObjectNode) JSON.readTree(json);
            verdict.set("reviewerDecisions", JSON.valueToTree(decisions.stream().map(Api::decisionRow).toList()));
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(verdict);
        } catch (JsonProcessingException | ClassCastException e) {
            return json;
        }
    }

    static Map<String, Object> row(Worklist.Row r) {
        StoredVerdict v = r.verdict();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", v.id());
        row.put("submission", v.submission());
        row.put("decision", v.decision().name());
        row.put("status", v.status().name());
        row.put("reviewedAt", v.reviewedAt().toString());
        row.put("enterpriseName", v.enterpriseName());
        row.put("creditCode", v.creditCode());
        row.put("deadline", r.deadline() == null ? null : r.deadline().toString());
        row.put("overdue", r.overdue());
        row.put("reviewerDecision", r.decisions().isEmpty() ? null : decisionRow(r.decisions().get(r.decisions().size() - 1)));
        return row;
    }

    static Map<String, Object> decisionRow(ReviewerDecision d) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("decision", d.decision().name());
        row.put("code", d.findingCode());
        row.put("reason", d.reason());
        row.put("reviewer", d.reviewer());
        row.put("decidedAt", d.decidedAt().toString());
        return row;
    }
}
