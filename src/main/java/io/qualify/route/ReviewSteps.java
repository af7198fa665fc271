package io.qualify.route;

import io.qualify.document.Intake;
import io.qualify.document.Submission;
import io.qualify.intake.SubmissionLoader;
import io.qualify.intake.UnprocessableSubmissionException;
import io.qualify.pipeline.Reviewer;
import io.qualify.report.VerdictFiles;
import io.qualify.verdict.Claim;
import io.qualify.verdict.Parties;
import io.qualify.verdict.StoredVerdict;
import io.qualify.verdict.Verdict;
import io.qualify.verdict.VerdictStore;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stages of the processing route, whatever the source: claim the item in the store, review it
 * (or take its stored verdict), write the verdict files, log one line. Plain objects in, records out;
 * thread-safe, one call per worker at a time.
 */
public final class ReviewSteps {

    private static final Logger LOG = LoggerFactory.getLogger("io.qualify.service");

    private final Reviewer reviewer;
    private final SubmissionLoader loader;
    private final VerdictStore store;
    private final VerdictFiles files;
    private final String node;
    private final int maxAttempts;

    public ReviewSteps(Reviewer reviewer, SubmissionLoader loader, VerdictStore store, VerdictFiles files, String node,
                       int maxAttempts) {
        this.reviewer = reviewer;
        this.loader = loader;
        this.store = store;
        this.files = files;
        this.node = node;
        this.maxAttempts = maxAttempts;
    }

    /** An item with what the store says about it, timed from here. */
    public record Claimed(Intake item, Claim claim, long startedNanos) {
    }

    /** An item with its stored verdict; {@code reused} when it was stored before this delivery. */
    public record Reviewed(Intake item, StoredVerdict verdict, boolean reused, int attempt, long startedNanos) {
    }

    public Claimed claim(Intake item) throws UnprocessableSubmissionException {
        Claim claim = store.claim(item, node, maxAttempts);
        if (claim.failed()) {
            throw new UnprocessableSubmissionException(claim.failure());
        }
        return new Claimed(item, claim, System.nanoTime());
    }

    public Reviewed review(Claimed claimed) throws IOException, UnprocessableSubmissionException {
        Intake item = claimed.item();
        if (claimed.claim().done()) {
            return new Reviewed(item, claimed.claim().verdict(), true, 0, claimed.startedNanos());
        }
        Submission submission = loader.load(item.path());
        Verdict verdict = reviewChecked(item, submission);
        StoredVerdict stored = store.save(item, verdict, Parties.of(submission.application(), verdict.documents()),
                VerdictFiles.json(verdict), VerdictFiles.html(verdict), node);
        return new Reviewed(item, stored, false, claimed.claim().attempt(), claimed.startedNanos());
    }

    /** Writes {@code verdicts/<name>.json} and {@code reports/<name>.html} and logs the submission's line. */
    public Reviewed writeFiles(Reviewed reviewed) {
        StoredVerdict v = reviewed.verdict();
        files.write(v.submission(), v.json(), store.report(v.id()).orElse(""));
        LOG.info("submission {} id={} source={} decision={} status={} {} in {} ms{}", v.submission(), v.id(),
                reviewed.item().source(), v.decision(), v.status(), reviewed.reused() ? "already stored" : "reviewed",
                (System.nanoTime() - reviewed.startedNanos()) / 1_000_000,
                reviewed.attempt() > 1 ? " (attempt " + reviewed.attempt() + ")" : "");
        return reviewed;
    }

    /**
     * A review that throws (a defect, not bad content: bad files still get verdicts) is refused for good,
     * unless the worker was interrupted by a shutdown, which hands the item back instead.
     */
    private Verdict reviewChecked(Intake item, Submission submission) throws UnprocessableSubmissionException {
        try {
            return reviewer.review(submission);
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted() || e.getCause() instanceof InterruptedException) {
                throw e;
            }
            String reason = "the review failed: " + e;
            store.fail(item.id(), reason);
            throw new UnprocessableSubmissionException(reason);
        }
    }
}
