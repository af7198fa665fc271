package io.qualify.pipeline;

import io.qualify.check.Finding;
import io.qualify.check.Review;
import io.qualify.check.Rules;
import io.qualify.document.Document;
import io.qualify.document.SourceFile;
import io.qualify.document.Submission;
import io.qualify.ocr.OcrEnginePool;
import io.qualify.verdict.Verdict;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole review of one submission, top to bottom: read every document, apply the rules, and
 * derive the verdict. Thread-safe: each call borrows its own OCR engine from the pool, so a batch or a
 * service runs several reviews at once with one engine per worker.
 */
public final class ReviewPipeline implements Reviewer {

    private final DocumentReader reader;
    private final OcrEnginePool engines;
    private final Rules rules;
    private final Clock clock;
    private final String version;

    public ReviewPipeline(DocumentReader reader, OcrEnginePool engines, Rules rules, Clock clock, String version) {
        this.reader = reader;
        this.engines = engines;
        this.rules = rules;
        this.clock = clock;
        this.version = version;
    }

    @Override
    public Verdict review(Submission submission) {
        long started = System.nanoTime();
        List<Document> documents = IdSides.reconcile(readAll(submission.files()));
        Review review = new Review(submission, documents, LocalDate.now(clock));
        List<Finding> findings = rules.check(review);
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        return new Verdict(submission.name(), submission.application().applicationId(), findings, documents,
                OffsetDateTime.now(clock), version, elapsed);
    }

    private List<Document> readAll(List<SourceFile> files) {
        return engines.withEngine(engine -> {
            List<Document> documents = new ArrayList<>();
            for (SourceFile file : files) {
                documents.add(reader.read(file, engine));
            }
            return documents;
        });
    }
}
