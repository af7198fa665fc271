package io.qualify.eval;

import io.qualify.config.QualifyConfig;
import io.qualify.pipeline.Qualify;
import io.qualify.synth.GeneratedSubmission;
import io.qualify.synth.Mix;
import io.qualify.synth.SubmissionGenerator;
import io.qualify.verdict.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code eval --count N --seed S [--keep DIR]}: renders a fresh synthetic set (every scenario of the
 * licence rules, scans, photos and low-resolution images), reviews it, and prints decision accuracy,
 * false approvals, per-rule recall and per-field exact-match rates. The figures to quote for a change.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate on a freshly rendered synthetic set.")
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--count", defaultValue = "200", description = "Submissions to render (default ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", defaultValue = "7", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--keep", paramLabel = "DIR", description = "Render into DIR and keep it (default: a temporary folder).")
    Path keep;

    @Override
    public Integer call() throws Exception {
        Path root = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("qualify-eval");
        System.err.printf("rendering %d submissions (seed %d) into %s%n", count, seed, root);
        List<GeneratedSubmission> set = new SubmissionGenerator().generateMix(seed, count, Mix.standard(), root);
        QualifyConfig config = QualifyConfig.load();
        EvalReport report = new EvalReport();
        long started = System.nanoTime();
        try (Qualify qualify = new Qualify(config, Clock.systemDefaultZone())) {
            ExecutorService workers = Executors.newFixedThreadPool(config.workers());
            try {
                List<Verdict> verdicts = SetReviewer.reviewAll(qualify, workers, set);
                for (int i = 0; i < set.size(); i++) {
                    report.add(set.get(i), verdicts.get(i));
                }
            } finally {
                workers.shutdownNow();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.print(report.render(seconds, config.workers()));
        return 0;
    }
}
