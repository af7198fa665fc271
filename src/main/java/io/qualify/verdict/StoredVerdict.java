package io.qualify.verdict;

import java.time.OffsetDateTime;

/**
 * A verdict as the store keeps it: the intake id, the submission's name, the decision, whether a later
 * submission of the same enterprise and administrator superseded it (R18), when the submission was
 * received, the enterprise it is about (name and credit code as typed, else as read; null when neither
 * was known or the verdict predates them) and the masked JSON.
 */
public record StoredVerdict(String id, String submission, Decision decision, Status status,
                            OffsetDateTime reviewedAt, OffsetDateTime receivedAt, String enterpriseName,
                            String creditCode, String json) {

    /** A stored verdict stands until a later one of the same enterprise and administrator arrives. */
    public enum Status { CURRENT, SUPERSEDED }

    /** Whether the machine left this verdict to a person and it still stands. */
    public boolean leftToAPerson() {
        return decision == Decision.MANUAL_REVIEW && status == Status.CURRENT;
    }
}
