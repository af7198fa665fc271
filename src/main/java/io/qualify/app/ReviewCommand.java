package io.qualify.app;

import io.qualify.config.QualifyConfig;
import io.qualify.document.Submission;
import io.qualify.report.Pages;
import io.qualify.report.VerdictJson;
import io.qualify.verdict.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code review [--out DIR] [--show-pii] PATH...} (SPEC.md §3): one verdict per PATH, JSON Lines on
 * stdout in the order given, or JSON and HTML files under DIR. Reviews run in parallel, one OCR
 * engine per worker; progress goes to stderr. Exit 0 when every PATH got a verdict, else 1.
 */
@Command(name = "review", mixinStandardHelpOptions = true, description = "Review submissions (directories or .zip files).")
public final class ReviewCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewCommand.class);

    @Option(names = "--out", paramLabel = "DIR", description = "Write DIR/<name>.json, DIR/<name>.html and DIR/index.html.")
    Path out;

    @Option(names = "--show-pii", description = "Show resident ID numbers unmasked.")
    boolean showPii;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Submission directories or .zip files.")
    List<Path> paths;

    private final PrintStream stdout;

    public ReviewCommand(PrintStream stdout) {
        this.stdout = stdout;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        QualifyConfig config = QualifyConfig.load();
        if (out != null) {
            Files.createDirectories(out);
        }
        VerdictJson json = new VerdictJson(showPii);
        List<Verdict> verdicts = new ArrayList<>();
        boolean allReviewed = true;
        try (Qualify qualify = new Qualify(config, Clock.systemDefaultZone())) {
            ExecutorService workers = Executors.newFixedThreadPool(config.workers());
            try {
                List<Future<Verdict>> futures = paths.stream()
                        .map(p -> workers.submit(() -> review(qualify, p))).toList();
                for (int i = 0; i < futures.size(); i++) {
                    Verdict verdict = await(futures.get(i), paths.get(i));
                    if (verdict == null) {
                        allReviewed = false;
                        continue;
                    }
                    emit(verdict, json);
                    verdicts.add(verdict.withoutViews()); // the index needs no pictures: a long batch keeps none
                    System.err.printf("[%d/%d] %s: %s (%.1f s)%n", i + 1, paths.size(), verdict.submission(),
                            verdict.decision(), verdict.elapsedMillis() / 1000.0);
                }
            } finally {
                workers.shutdownNow();
            }
        }
        if (out != null) {
            write(out.resolve("index.html"), new Pages().index(verdicts));
        }
        return allReviewed ? 0 : 1;
    }

    private static Verdict review(Qualify qualify, Path path) throws IOException {
        Submission submission = qualify.loader().load(path);
        return qualify.pipeline().review(submission);
    }

    private static Verdict await(Future<Verdict> future, Path path) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            LOG.error("{}: no verdict: {}", path, e.getCause().getMessage());
            return null;
        }
    }

    private void emit(Verdict verdict, VerdictJson json) throws IOException {
        if (out == null) {
            stdout.println(json.line(verdict));
            stdout.flush();
            return;
        }
        write(out.resolve(verdict.submission() + ".json"), json.pretty(verdict));
        write(out.resolve(verdict.submission() + ".html"), new Pages().verdict(verdict, showPii));
    }

    private static void write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
