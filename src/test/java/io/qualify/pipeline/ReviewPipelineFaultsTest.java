package io.qualify.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.qualify.check.Finding;
import io.qualify.check.FindingCode;
import io.qualify.check.Rules;
import io.qualify.document.Application;
import io.qualify.document.Document;
import io.qualify.document.SourceFile;
import io.qualify.document.Submission;
import io.qualify.ocr.FaultyEngines;
import io.qualify.ocr.FaultyEngines.Faulty;
import io.qualify.ocr.OcrEnginePool;
import io.qualify.ocr.OcrSettings;
import io.qualify.ocr.PageReader;
import io.qualify.render.RenderLimits;
import io.qualify.render.Renderer;
import io.qualify.verdict.Verdict;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The pipeline under engines that fail as native readers do: each document ends in a verdict within its
 * time budget, an engine that may be wedged is replaced, and the worker reviews on afterwards.
 */
class ReviewPipelineFaultsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T02:00:00Z"), ZoneOffset.ofHours(8));
    private static final TimeBudget ROOMY = new TimeBudget(Duration.ofSeconds(60), Duration.ofSeconds(300));

    /** A pool lending the given engines in turn, then healthy ones. */
    private static OcrEnginePool pool(Faulty... engines) {
        Iterator<Faulty> next = List.of(engines).iterator();
        return new OcrEnginePool(() -> next.hasNext() ? next.next() : FaultyEngines.healthy(), 1);
    }

    private static ReviewPipeline pipeline(OcrEnginePool pool, TimeBudget budget) {
        DocumentReader reader = new DocumentReader(new Renderer(RenderLimits.DEFAULT),
                new PageReader(OcrSettings.tesseract(Path.of("tessdata"))));
        return new ReviewPipeline(reader, pool, Rules.all(0.7), CLOCK, "test", budget);
    }

    /** {@code count} photos of a page with a few printed lines, named a.png, b.png, … */
    private static Submission submission(int count) {
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BufferedImage page = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = page.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 800, 600);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
            for (int line = 0; line < 6; line++) {
                g.drawString("LINE " + line + " OF PAGE " + i + " 0123456789", 40, 80 + 80 * line);
            }
            g.dispose();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            try {
                ImageIO.write(page, "png", png);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files.add(SourceFile.of((char) ('a' + i) + ".png", png.toByteArray()));
        }
        return new Submission("faults", Application.EMPTY, files, List.of());
    }

    private static List<String> unreadableReasons(Verdict verdict) {
        return verdict.documents().stream().filter(d -> !d.readable()).map(Document::unreadable).toList();
    }

    @Test
    void a_document_that_never_finishes_is_given_up_within_its_budget_and_the_worker_reviews_on() {
        CountDownLatch release = new CountDownLatch(1);
        Faulty hanging = FaultyEngines.hanging(release);
        OcrEnginePool pool = pool(hanging);
        ReviewPipeline pipeline = pipeline(pool, new TimeBudget(Duration.ofSeconds(2), Duration.ofSeconds(60)));
        try {
            long started = System.nanoTime();
            Verdict verdict = pipeline.review(submission(3));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took).isLessThan(Duration.ofSeconds(2 + 20));
            assertThat(verdict.documents()).hasSize(3);
            assertThat(verdict.documents().get(0).unreadable()).startsWith("took too long");
            assertThat(verdict.documents().subList(1, 3)).allMatch(Document::readable);
            assertThat(verdict.findings()).filteredOn(f -> f.code() == FindingCode.DOCUMENT_UNREADABLE)
                    .flatExtracting(Finding::documents).containsExactly("a.png");
            assertThat(pool.retired()).isEqualTo(1);
            assertThat(pipeline.wedgedReadings()).as("the reading given up is still wedged").isEqualTo(1);
            assertThat(hanging.closed()).as("a wedged engine is not closed under the call that still runs on it")
                    .isFalse();

            Verdict next = pipeline.review(submission(2));
            assertThat(next.documents()).allMatch(Document::readable);
            assertThat(pool.retired()).isEqualTo(1);
        } finally {
            release.countDown();
        }
        await().atMost(Duration.ofSeconds(20)).until(hanging::closed);
        assertThat(pipeline.wedgedReadings()).as("the call returned: nothing is wedged").isZero();
    }

    @Test
    void a_reading_given_up_that_stops_at_its_next_page_keeps_its_engine_in_service() {
        OcrEnginePool pool = new OcrEnginePool(() -> FaultyEngines.slow(400), 1);
        ReviewPipeline pipeline = pipeline(pool, new TimeBudget(Duration.ofMillis(300), Duration.ofSeconds(60)));

        Verdict verdict = pipeline.review(submission(2));

        assertThat(unreadableReasons(verdict)).hasSize(2).allMatch(r -> r.startsWith("took too long"));
        assertThat(pool.retired()).as("a reading that stopped leaves a healthy engine: no second one is made").isZero();
    }

    @Test
    void documents_left_when_the_submissions_budget_is_spent_are_given_up_with_that_reason() {
        OcrEnginePool pool = new OcrEnginePool(() -> FaultyEngines.slow(400), 1);
        ReviewPipeline pipeline = pipeline(pool, new TimeBudget(Duration.ofSeconds(60), Duration.ofSeconds(1)));

        long started = System.nanoTime();
        Verdict verdict = pipeline.review(submission(4));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1 + 20));
        assertThat(verdict.documents()).hasSize(4);
        assertThat(unreadableReasons(verdict)).last().asString().contains("the submission took too long");
        assertThat(verdict.findings()).extracting(Finding::code).contains(FindingCode.DOCUMENT_UNREADABLE);
    }

    @Test
    void an_engine_that_throws_leaves_each_document_for_a_person_and_stays_in_service() {
        Faulty throwing = FaultyEngines.throwing();
        OcrEnginePool pool = pool(throwing);

        Verdict verdict = pipeline(pool, ROOMY).review(submission(2));

        assertThat(verdict.documents()).allSatisfy(d -> {
            assertThat(d.readable()).isTrue();
            assertThat(d.evidence().reading().readError()).isEqualTo("injected engine fault");
        });
        assertThat(verdict.decision()).isNotNull();
        assertThat(pool.retired()).isZero();
        assertThat(throwing.closed()).isFalse();
    }

    @Test
    void an_engine_whose_native_side_crashes_is_replaced_and_the_next_document_is_read_by_a_fresh_one() {
        Faulty crashing = FaultyEngines.crashing();
        OcrEnginePool pool = pool(crashing);

        Verdict verdict = pipeline(pool, ROOMY).review(submission(3));

        assertThat(verdict.documents().get(0).unreadable()).contains("the reader failed on it: InternalError");
        assertThat(verdict.documents().subList(1, 3)).allMatch(Document::readable)
                .allMatch(d -> d.evidence().reading().readError() == null);
        assertThat(pool.retired()).isEqualTo(1);
        assertThat(pool.wedged()).as("its call returned, with an error: it is not wedged").isZero();
        await().atMost(Duration.ofSeconds(10)).until(crashing::closed);
    }

    @Test
    void garbage_from_the_engine_still_ends_in_a_verdict_for_every_document() {
        for (long seed : new long[] {1, 2, 3}) {
            OcrEnginePool pool = new OcrEnginePool(() -> FaultyEngines.garbage(seed), 1);

            Verdict verdict = pipeline(pool, ROOMY).review(submission(2));

            assertThat(verdict.documents()).as("seed %d", seed).hasSize(2);
            assertThat(verdict.decision()).as("seed %d", seed).isNotNull();
            assertThat(pool.retired()).as("seed %d", seed).isZero();
        }
    }

    @Test
    void reviews_side_by_side_go_on_while_one_of_them_meets_a_wedged_engine() {
        CountDownLatch release = new CountDownLatch(1);
        Faulty hanging = FaultyEngines.hanging(release);
        Iterator<Faulty> next = List.of(hanging).iterator();
        OcrEnginePool pool = new OcrEnginePool(() -> next.hasNext() ? next.next() : FaultyEngines.healthy(), 2);
        ReviewPipeline pipeline = pipeline(pool, new TimeBudget(Duration.ofSeconds(2), Duration.ofSeconds(60)));
        try {
            List<Verdict> verdicts = IntStream.range(0, 4).parallel().mapToObj(i -> pipeline.review(submission(2)))
                    .toList();

            assertThat(verdicts).flatExtracting(Verdict::documents).hasSize(8)
                    .filteredOn(d -> !d.readable()).extracting(Document::unreadable)
                    .singleElement().asString().startsWith("took too long");
            assertThat(pool.retired()).isEqualTo(1);
        } finally {
            release.countDown();
        }
    }
}
