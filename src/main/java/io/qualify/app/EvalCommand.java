package io.qualify.app;

import io.qualify.config.QualifyConfig;
import io.qualify.eval.EvalReport;
import io.qualify.eval.SetReviewer;
import io.qualify.intake.Contents;
import io.qualify.synth.GeneratedSubmission;
import io.qualify.synth.Mix;
import io.qualify.synth.SubmissionGenerator;
import io.qualify.verdict.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * {@code eval --count N --seed S [--family licence|id|letters|all] [--keep DIR]}: renders a fresh synthetic set
 * (every scenario of the licence, ID card, letter, commitment and description rules, some submissions with two
 * defects; scans, photos, low-resolution images and born-digital PDFs, ID card photos), reviews
 * it, and prints decision accuracy, false approvals, per-rule recall and per-field exact-match rates. The
 * figures to quote for a change. ID cards are generated valid (or expired) on today's date, which the review uses.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate on a freshly rendered synthetic set.")
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--count", defaultValue = "200", description = "Submissions to render (default ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", defaultValue = "7", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--family", defaultValue = "all", converter = FamilyConverter.class, paramLabel = "licence|id|letters|all",
            description = "Scenarios to draw: licence failures, ID card failures, letter/commitment/description "
                    + "failures (with two-defect submissions), or all (default ${DEFAULT-VALUE}); each with the clean scenarios.")
    Mix.Family family;

    @Option(names = "--keep", paramLabel = "DIR", description = "Render into DIR and keep it (default: a temporary folder, deleted at the end).")
    Path keep;

    @Override
    public Integer call() throws Exception {
        Path root = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("qualify-eval");
        System.err.printf("rendering %d submissions (seed %d, family %s) into %s%n", count, seed,
                family.name().toLowerCase(Locale.ROOT), root);
        try {
            return evaluate(root);
        } finally {
            if (keep == null) {
                Contents.deleteTree(root);
            }
        }
    }

    private Integer evaluate(Path root) throws Exception {
        List<GeneratedSubmission> set = new SubmissionGenerator().generateMix(seed, count, Mix.standard(family), root);
        QualifyConfig config = QualifyConfig.load();
        EvalReport report = new EvalReport();
        long started = System.nanoTime();
        try (Qualify qualify = new Qualify(config, Clock.systemDefaultZone())) {
            ExecutorService workers = Executors.newFixedThreadPool(config.workers());
            try {
                List<Verdict> verdicts = SetReviewer.reviewAll(qualify.pipeline(), qualify.loader(), workers, set.stream().map(GeneratedSubmission::dir).toList());
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

    /** Reads {@code licence}, {@code id}, {@code letters} or {@code all} in any case; picocli reports anything else as a usage error. */
    static final class FamilyConverter implements ITypeConverter<Mix.Family> {
        @Override
        public Mix.Family convert(String value) {
            return Mix.Family.parse(value);
        }
    }
}
