package io.qualify.route;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qualify.document.Intake;
import io.qualify.document.Intake.Source;
import io.qualify.intake.Contents;
import io.qualify.intake.Inbox;
import io.qualify.intake.UnprocessableSubmissionException;
import io.qualify.verdict.StoredVerdict;
import io.qualify.verdict.VerdictStore;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the HTTP API answers (SPEC.md §5), apart from HTTP itself. An upload is put into the inbox
 * (so it is as crash-safe as a dropped zip) and registered in the store; its id is the content's.
 */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LIST_LIMIT = 1000;

    private final Inbox inbox;
    private final VerdictStore store;
    private final long maxBytes;
    private final String node;

    public Api(Inbox inbox, VerdictStore store, long maxBytes, String node) {
        this.inbox = inbox;
        this.store = store;
        this.maxBytes = maxBytes;
        this.node = node;
    }

    /** One HTTP answer. */
    public record Reply(int status, String contentType, String body) {

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
            return new Reply(200, "application/json", verdict.get().json());
        }
        return store.state(id).map(s -> Reply.json(202, Map.of("id", id, "state", s)))
                .orElseGet(() -> Reply.error(404, "no submission " + id));
    }

    /** {@code GET /api/submissions}: every stored verdict, newest first. */
    public Reply list() {
        List<Map<String, Object>> rows = store.list(LIST_LIMIT).stream().map(Api::row).toList();
        return Reply.json(200, rows);
    }

    /** The stored HTML report of one verdict. */
    public Reply report(String id) {
        return store.report(id).map(html -> new Reply(200, "text/html; charset=utf-8", html))
                .orElseGet(() -> Reply.error(404, "no verdict " + id));
    }

    /** {@code GET /}: the reviewers' dashboard. */
    public Reply dashboard() {
        return new Reply(200, "text/html; charset=utf-8", Dashboard.page(store.list(LIST_LIMIT)));
    }

    static Map<String, Object> row(StoredVerdict v) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", v.id());
        row.put("submission", v.submission());
        row.put("decision", v.decision().name());
        row.put("status", v.status().name());
        row.put("reviewedAt", v.reviewedAt().toString());
        return row;
    }
}
