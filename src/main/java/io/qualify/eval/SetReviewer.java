package io.qualify.eval;

import io.qualify.intake.SubmissionLoader;
import io.qualify.pipeline.ReviewPipeline;
import io.qualify.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Reviews a rendered set on a pool of workers, verdicts in the set's order, with a progress line on stderr. */
public final class SetReviewer {

    private static final int PROGRESS_EVERY = 20;

    private SetReviewer() {
    }

    public static List<Verdict> reviewAll(ReviewPipeline pipeline, SubmissionLoader loader, ExecutorService pool,
                                          List<Path> set) throws Exception {
        List<Future<Verdict>> futures = new ArrayList<>();
        for (Path dir : set) {
            // scores need no pictures of the pages: a long set keeps none
            futures.add(pool.submit(() -> pipeline.review(loader.load(dir)).withoutViews()));
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (Future<Verdict> f : futures) {
            verdicts.add(f.get());
            if (verdicts.size() % PROGRESS_EVERY == 0) {
                System.err.printf("reviewed %d/%d%n", verdicts.size(), set.size());
            }
        }
        return verdicts;
    }

    /** The submission folders of a rendered set, in its order (sub-0001, sub-0002…). */
    public static List<Path> submissions(Path root) throws IOException {
        try (var paths = Files.list(root)) {
            return paths.filter(Files::isDirectory).sorted().toList();
        }
    }
}
