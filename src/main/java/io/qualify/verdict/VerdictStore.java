package io.qualify.verdict;

import io.qualify.document.Intake;
import io.qualify.text.IdNumbers;
import io.qualify.verdict.StoredVerdict.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Intake items and verdicts on JDBC (H2 or PostgreSQL, one schema). Plain JDBC rather than camel-sql:
 * claiming an item and storing a verdict are each one short transaction with row locks and a unique
 * constraint, which read more plainly here than spread over route steps. Thread-safe; every method
 * throws {@link StoreException} when the database fails.
 *
 * <p>Per item: {@link #claim} before the review (counts attempts, answers a stored verdict instead when
 * there is one), {@link #save} after it (the verdict, R18 supersession and the item's DONE state commit
 * together), or {@link #fail}.
 */
public final class VerdictStore {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String VERDICT_COLUMNS = "v.intake_id, v.submission, v.decision, v.reviewed_at, v.verdict_json, "
            + "v.enterprise_name, v.credit_code, i.received_at, "
            + "CASE WHEN s.verdict_seq IS NULL THEN 'CURRENT' ELSE 'SUPERSEDED' END AS status "
            + "FROM verdict v JOIN intake i ON i.id = v.intake_id LEFT JOIN supersession s ON s.verdict_seq = v.seq ";

    private final DataSource db;
    private final Clock clock;

    public VerdictStore(DataSource db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Records an item as RECEIVED unless it is known already; answers its state. */
    public String register(Intake item, String node) {
        insertIfAbsent(item, node, "RECEIVED", 0);
        return state(item.id()).orElseThrow();
    }

    /** Takes an item for review: the attempt number, its stored verdict, or why it failed for good. */
    public Claim claim(Intake item, String node, int maxAttempts) {
        insertIfAbsent(item, node, "RECEIVED", 0);
        return inTransaction(c -> {
            String state;
            int attempts;
            try (PreparedStatement ps = c.prepareStatement("SELECT state, attempts, reason FROM intake WHERE id = ? FOR UPDATE")) {
                ps.setString(1, item.id());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    state = rs.getString(1);
                    attempts = rs.getInt(2);
                    if (state.equals("FAILED")) {
                        return Claim.failed(rs.getString(3));
                    }
                }
            }
            if (state.equals("DONE")) {
                return Claim.done(verdict(c, item.id()).orElseThrow());
            }
            if (attempts >= maxAttempts) {
                String reason = "gave up after " + attempts + " attempts: each review of it was cut short (crash or shutdown)";
                setFailed(c, item.id(), reason);
                return Claim.failed(reason);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE intake SET state = 'PROCESSING', node = ?, attempts = attempts + 1, updated_at = ? WHERE id = ?")) {
                ps.setString(1, node);
                ps.setObject(2, now());
                ps.setString(3, item.id());
                ps.executeUpdate();
            }
            return Claim.work(attempts + 1);
        });
    }

    /**
     * Stores the verdict of an item, supersedes the earlier verdicts of the same parties (R18) and marks
     * the item DONE, in one transaction. A verdict already stored for the item is kept and answered.
     */
    public StoredVerdict save(Intake item, Verdict verdict, Parties parties, String json, String html, String node) {
        if (parties.known()) {
            insertPartyIfAbsent(parties);
        }
        try {
            return inTransaction(c -> {
                if (parties.known()) {
                    lockParty(c, parties);
                }
                long seq = insertVerdict(c, item, verdict, parties, json, html, node);
                if (parties.known()) {
                    supersede(c, parties, seq);
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE intake SET state = 'DONE', updated_at = ? WHERE id = ?")) {
                    ps.setObject(1, now());
                    ps.setString(2, item.id());
                    ps.executeUpdate();
                }
                return verdict(c, item.id()).orElseThrow();
            });
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return verdict(item.id()).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    /** Marks an item as failed for good, with the reason. */
    public void fail(String id, String reason) {
        inTransaction(c -> {
            setFailed(c, id, reason);
            return null;
        });
    }

    public Optional<String> state(String id) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT state FROM intake WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    public Optional<StoredVerdict> verdict(String id) {
        return inTransaction(c -> verdict(c, id));
    }

    /** The reviewer's HTML page of a stored verdict. */
    public Optional<String> report(String id) {
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT report_html FROM verdict WHERE intake_id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** The latest {@code limit} verdicts, newest first. */
    public List<StoredVerdict> list(int limit) {
        return search(null, limit);
    }

    /**
     * The latest {@code limit} verdicts whose enterprise name, credit code or submission name holds
     * {@code query} (ignoring case; % and _ are characters, not wildcards), newest first; every one when
     * the query is blank.
     */
    public List<StoredVerdict> search(String query, int limit) {
        boolean all = query == null || query.isBlank();
        String like = all ? null : "%" + query.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%";
        String where = all ? "" : "WHERE LOWER(v.enterprise_name) LIKE ? ESCAPE '\\' OR LOWER(v.credit_code) LIKE ? "
                + "ESCAPE '\\' OR LOWER(v.submission) LIKE ? ESCAPE '\\' ";
        return inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + VERDICT_COLUMNS + where + "ORDER BY v.seq DESC")) {
                for (int i = 1; !all && i <= 3; i++) {
                    ps.setString(i, like);
                }
                ps.setMaxRows(limit);
                List<StoredVerdict> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(row(rs));
                    }
                }
                return out;
            }
        });
    }

    /**
     * Records a person's decision on the verdict of {@code id}, beside it. Refused (and nothing written)
     * when there is no such verdict, when the machine did not leave it to a person (only a
     * {@code MANUAL_REVIEW} verdict takes a decision), or when a person has approved it already: an
     * approval is final (R18), or when the decision as asked is incomplete ({@link ReviewerDecision#problem}).
     * Decisions on one verdict are taken one at a time.
     */
    public ReviewerDecision decide(String id, Decision decision, String findingCode, String reason, String reviewer) {
        String problem = ReviewerDecision.problem(decision, findingCode, reason, reviewer);
        if (problem != null) {
            throw new DecisionRefusedException(DecisionRefusedException.Why.INVALID, problem);
        }
        return inTransaction(c -> {
            long seq;
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, decision FROM verdict WHERE intake_id = ? FOR UPDATE")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new DecisionRefusedException(DecisionRefusedException.Why.NO_VERDICT, "no verdict " + id);
                    }
                    seq = rs.getLong(1);
                    if (!Decision.MANUAL_REVIEW.name().equals(rs.getString(2))) {
                        throw new DecisionRefusedException(DecisionRefusedException.Why.NOT_FOR_A_PERSON,
                                "the verdict is " + rs.getString(2) + ": only a MANUAL_REVIEW verdict takes a reviewer's decision");
                    }
                }
            }
            if (ReviewerDecision.approved(decisions(c, List.of(id)))) {
                throw new DecisionRefusedException(DecisionRefusedException.Why.APPROVED,
                        "a reviewer has approved it: an approval is final");
            }
            // kept masked, as the verdict is: a reason may quote the administrator's ID number
            ReviewerDecision made = new ReviewerDecision(id, decision, decision == Decision.APPROVE ? null : findingCode,
                    IdNumbers.maskAll(reason.strip()), IdNumbers.maskAll(reviewer.strip()), now());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO reviewer_decision (verdict_seq, decision, "
                    + "finding_code, reason, reviewer, decided_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, seq);
                ps.setString(2, made.decision().name());
                ps.setString(3, made.findingCode());
                ps.setString(4, made.reason());
                ps.setString(5, made.reviewer());
                ps.setObject(6, made.decidedAt());
                ps.executeUpdate();
            }
            return made;
        });
    }

    /** The reviewers' decisions on the verdicts of {@code ids}, oldest first. */
    public List<ReviewerDecision> decisions(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return inTransaction(c -> decisions(c, ids));
    }

    private static List<ReviewerDecision> decisions(Connection c, Collection<String> ids) throws SQLException {
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT v.intake_id, d.decision, d.finding_code, d.reason, d.reviewer, "
                + "d.decided_at FROM reviewer_decision d JOIN verdict v ON v.seq = d.verdict_seq "
                + "WHERE v.intake_id IN (" + marks + ") ORDER BY d.seq")) {
            int i = 1;
            for (String id : ids) {
                ps.setString(i++, id);
            }
            List<ReviewerDecision> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ReviewerDecision(rs.getString(1), Decision.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class)));
                }
            }
            return out;
        }
    }

    private void insertIfAbsent(Intake item, String node, String state, int attempts) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO intake (id, sha256, source, name, state, node, attempts, "
                     + "received_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            OffsetDateTime now = now();
            ps.setString(1, item.id());
            ps.setString(2, item.sha256());
            ps.setString(3, item.source().name());
            ps.setString(4, item.name());
            ps.setString(5, state);
            ps.setString(6, node);
            ps.setInt(7, attempts);
            ps.setObject(8, now);
            ps.setObject(9, now);
            ps.executeUpdate();
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new StoreException("intake " + item.id() + " could not be recorded", e);
            }
        }
    }

    private void insertPartyIfAbsent(Parties parties) {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO party (enterprise_key, admin_key) VALUES (?, ?)")) {
            ps.setString(1, parties.enterprise());
            ps.setString(2, parties.admin());
            ps.executeUpdate();
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new StoreException("parties could not be recorded", e);
            }
        }
    }

    /** Serialises the saves of one enterprise and administrator, so each sees the verdicts before it. */
    private static void lockParty(Connection c, Parties parties) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT enterprise_key FROM party WHERE enterprise_key = ? AND admin_key = ? FOR UPDATE")) {
            ps.setString(1, parties.enterprise());
            ps.setString(2, parties.admin());
            ps.executeQuery().close();
        }
    }

    private long insertVerdict(Connection c, Intake item, Verdict verdict, Parties parties, String json, String html,
                               String node) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO verdict (intake_id, submission, application_id, decision, "
                + "enterprise_key, admin_key, reviewed_at, stored_at, node, verdict_json, report_html, enterprise_name, "
                + "credit_code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"seq"})) {
            ps.setString(1, item.id());
            ps.setString(2, verdict.submission());
            ps.setString(3, verdict.applicationId());
            ps.setString(4, verdict.decision().name());
            ps.setString(5, parties.enterprise());
            ps.setString(6, parties.admin());
            ps.setObject(7, verdict.reviewedAt());
            ps.setObject(8, now());
            ps.setString(9, node);
            ps.setString(10, json);
            ps.setString(11, html);
            ps.setString(12, clip(parties.enterpriseName(), 255));
            ps.setString(13, clip(parties.creditCode(), 64));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void supersede(Connection c, Parties parties, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO supersession (verdict_seq, superseded_by, superseded_at) "
                + "SELECT v.seq, ?, ? FROM verdict v WHERE v.enterprise_key = ? AND v.admin_key = ? AND v.seq < ? "
                + "AND NOT EXISTS (SELECT 1 FROM supersession s WHERE s.verdict_seq = v.seq)")) {
            ps.setLong(1, seq);
            ps.setObject(2, now());
            ps.setString(3, parties.enterprise());
            ps.setString(4, parties.admin());
            ps.setLong(5, seq);
            ps.executeUpdate();
        }
    }

    private void setFailed(Connection c, String id, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE intake SET state = 'FAILED', reason = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
            ps.setObject(2, now());
            ps.setString(3, id);
            ps.executeUpdate();
        }
    }

    private static Optional<StoredVerdict> verdict(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + VERDICT_COLUMNS + "WHERE v.intake_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static StoredVerdict row(ResultSet rs) throws SQLException {
        return new StoredVerdict(rs.getString("intake_id"), rs.getString("submission"), Decision.valueOf(rs.getString("decision")),
                Status.valueOf(rs.getString("status")), rs.getObject("reviewed_at", OffsetDateTime.class),
                rs.getObject("received_at", OffsetDateTime.class), rs.getString("enterprise_name"),
                rs.getString("credit_code"), rs.getString("verdict_json"));
    }

    private static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("the store failed", e);
        }
    }

    /** One unit of work on a connection inside a transaction. */
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }
}
