package io.qualify.pipeline;

import io.qualify.check.Finding;
import io.qualify.check.Review;
import io.qualify.check.Rules;
import io.qualify.document.Document;
import io.qualify.document.SourceFile;
import io.qualify.document.Submission;
import io.qualify.ocr.OcrEngine;
import io.qualify.ocr.OcrEnginePool;
import io.qualify.verdict.Verdict;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole review of one submission, top to bottom: read every document, apply the rules, and
 * derive the verdict. Thread-safe: each call borrows its own OCR engine from the pool, so a batch or a
 * service runs several reviews at once with one engine per worker.
 *
 * <p>Each document is read on a reading thread of its own while the caller waits at most what is left
 * of the {@link TimeBudget}: a document that takes longer, or whose reading escapes with an error (a
 * native fault), is given up as unreadable with the reason, its engine is retired from the pool as
 * possibly wedged and a fresh one reads on, and the rest of the submission is judged.
 */
public final class ReviewPipeline implements Reviewer {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewPipeline.class);

    /** Reading threads: daemons, so a reading that never returns does not keep the process alive. */
    private static final ExecutorService READERS = Executors.newCachedThreadPool(new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "qualify-read-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    });

    /** How long a worker waits for a reading it gave up to stop (a page's reading, with room to spare). */
    private static final long STOP_GRACE_SECONDS = 10;

    private final DocumentReader reader;
    private final OcrEnginePool engines;
    private final Rules rules;
    private final Clock clock;
    private final String version;
    private final TimeBudget budget;

    public ReviewPipeline(DocumentReader reader, OcrEnginePool engines, Rules rules, Clock clock, String version,
                          TimeBudget budget) {
        this.reader = reader;
        this.engines = engines;
        this.rules = rules;
        this.clock = clock;
        this.version = version;
        this.budget = budget;
    }

    @Override
    public Verdict review(Submission submission) {
        long started = System.nanoTime();
        List<Document> documents = IdSides.reconcile(readAll(submission.files()));
        Review review = new Review(submission, documents, LocalDate.now(clock));
        List<Finding> findings = rules.check(review);
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        return new Verdict(submission.name(), submission.application().applicationId(), findings, documents,
                OffsetDateTime.now(clock), version, elapsed, submission.application());
    }

    @Override
    public int wedgedReadings() {
        return engines.wedged();
    }

    private List<Document> readAll(List<SourceFile> files) {
        long submissionEnds = System.nanoTime() + budget.perSubmission().toNanos();
        List<Document> documents = new ArrayList<>();
        try (OcrEnginePool.Lease lease = engines.lease()) {
            for (SourceFile file : files) {
                long left = Math.min(budget.perDocument().toNanos(), submissionEnds - System.nanoTime());
                if (left <= 0) {
                    documents.add(Document.unreadable(file.name(), "not read: the submission took too long (over "
                            + budget.perSubmission().toSeconds() + " s in all)"));
                } else {
                    documents.add(readWithin(file, lease, left));
                }
            }
        }
        return documents;
    }

    /**
     * Gives a reading that was given up a few seconds to stop, as it does at its next page, before the
     * worker reads on: its pages are let go first instead of being held beside the next document's.
     * Answers whether it stopped; a reading wedged in a native call does not, and the worker goes on
     * without it.
     */
    private static boolean awaitStop(CompletableFuture<Void> ended) {
        try {
            ended.get(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            LOG.warn("a reading given up has not stopped within {} s; the worker goes on without it",
                    STOP_GRACE_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    private Document readWithin(SourceFile file, OcrEnginePool.Lease lease, long nanos) {
        OcrEngine engine = lease.engine();
        CompletableFuture<Void> ended = new CompletableFuture<>();
        Future<Document> reading = READERS.submit(() -> {
            try {
                return reader.read(file, engine);
            } finally {
                ended.complete(null);
            }
        });
        long deadline = System.nanoTime() + nanos;
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return reading.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    interrupted = true; // the work in hand is finished, as on a clean stop: the budget still bounds it
                }
            }
        } catch (TimeoutException e) {
            reading.cancel(true);
            LOG.warn("{}: not read within {} s, given up", file.name(), TimeUnit.NANOSECONDS.toSeconds(nanos));
            if (!awaitStop(ended)) {
                // only an engine whose call never came back is replaced: two engines at once cost memory
                lease.retire(ended);
            }
            return Document.unreadable(file.name(), "took too long: not read within "
                    + Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos)) + " s");
        } catch (ExecutionException e) {
            // the reader turns every exception into a finding: what escapes it is an error, a native fault perhaps
            LOG.warn("{}: reading failed: {}", file.name(), e.getCause().toString());
            lease.retire(ended);
            return Document.unreadable(file.name(), "the reader failed on it: "
                    + e.getCause().getClass().getSimpleName());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
