package io.qualify.verdict;

import io.qualify.check.FindingCode;
import io.qualify.check.Severity;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A person's decision on a verdict the machine left to one ({@code MANUAL_REVIEW}): APPROVE, or REJECT
 * with the finding code that is the reason, always with the reviewer's own words. It is kept beside the
 * machine's verdict, which is never rewritten; {@code findingCode} is null for an approval.
 */
public record ReviewerDecision(String verdictId, Decision decision, String findingCode, String reason, String reviewer,
                               OffsetDateTime decidedAt) {

    public ReviewerDecision {
        Objects.requireNonNull(verdictId);
        Objects.requireNonNull(decision);
        Objects.requireNonNull(reason);
        Objects.requireNonNull(reviewer);
        Objects.requireNonNull(decidedAt);
    }

    /** The longest reason and reviewer's name kept (the store's columns). */
    public static final int MAX_REASON = 2000;
    public static final int MAX_REVIEWER = 128;

    /** The finding codes a rejection may give as its reason: every code but the merely informative ones. */
    /** Whether a person has approved the verdict these decisions were made on: an approval is final (R18). */
    public static boolean approved(List<ReviewerDecision> decisions) {
        return decisions.stream().anyMatch(d -> d.decision() == Decision.APPROVE);
    }

    public static List<String> reasonCodes() {
        return Arrays.stream(FindingCode.values()).filter(c -> c.severity() != Severity.INFO).map(Enum::name).toList();
    }

    /**
     * What is wrong with a decision as asked, or null when nothing is: it is APPROVE or REJECT, a
     * rejection names one of {@link #reasonCodes()}, an approval names none, and a reason and the
     * reviewer's name are given, not too long.
     */
    public static String problem(Decision decision, String findingCode, String reason, String reviewer) {
        if (decision == null || decision == Decision.MANUAL_REVIEW) {
            return "decision must be APPROVE or REJECT";
        }
        if (decision == Decision.REJECT && (findingCode == null || !reasonCodes().contains(findingCode))) {
            return "a rejection needs the finding code that is its reason, one of " + reasonCodes();
        }
        if (decision == Decision.APPROVE && findingCode != null && !findingCode.isBlank()) {
            return "an approval takes no finding code";
        }
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON) {
            return "a reason is needed (at most " + MAX_REASON + " characters)";
        }
        if (reviewer == null || reviewer.isBlank() || reviewer.length() > MAX_REVIEWER) {
            return "the reviewer's name is needed (at most " + MAX_REVIEWER + " characters)";
        }
        return null;
    }
}
