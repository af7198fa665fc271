package io.qualify.app;

import io.qualify.config.QualifyConfig;
import io.qualify.eval.SetReviewer;
import io.qualify.intake.Contents;
import io.qualify.synth.Mix;
import io.qualify.synth.SubmissionGenerator;
import io.qualify.verdict.Verdict;
import io.qualify.vision.SealFinder;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench [--count N] [--seed S] [--workers W]}: the speed and memory of the review pipeline on a
 * rendered set, after one warm-up submission per worker (models loaded, JIT warm). Prints throughput,
 * latency per submission (median, 95th percentile, worst), the process's peak resident memory while
 * reviewing and the heap in use at the end. The set is rendered by a child process (this Java, this
 * class path): rendering a hundred submissions leaves the renderer's heap and fonts resident (0.67 GB
 * measured), which the review process would otherwise carry into its peak. Accuracy is {@code eval}'s
 * business; this command only times.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure review speed and memory on a rendered set.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--count", defaultValue = "20", description = "Submissions to time (default ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", defaultValue = "5", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--workers", defaultValue = "0", description = "Concurrent reviews (default: qualify.workers).")
    int workers;

    /** Set by the parent process on its child: render the set into this folder and stop. */
    @Option(names = "--render-only", hidden = true, paramLabel = "DIR")
    Path renderOnly;

    @Override
    public Integer call() throws Exception {
        QualifyConfig config = QualifyConfig.load();
        int threads = workers > 0 ? workers : config.workers();
        if (renderOnly != null) {
            new SubmissionGenerator().generateMix(seed, count + threads, Mix.standard(), renderOnly);
            return 0;
        }
        Path root = Files.createTempDirectory("qualify-bench");
        try {
            System.err.printf("rendering %d submissions (seed %d) into %s%n", count + threads, seed, root);
            String residentBefore = render(root, threads);
            List<Path> set = SetReviewer.submissions(root);
            if (set.size() != count + threads) {
                throw new IllegalStateException("rendered " + set.size() + " submissions, expected " + (count + threads));
            }
            return time(config, threads, set, residentBefore);
        } finally {
            Contents.deleteTree(root);
        }
    }

    /**
     * Renders the set, in a child process when this one's command line is known; returns the resident
     * size before the first review. Rendered here instead, the peak is reset after it (Linux), but what the
     * renderer left resident stays in it, and the report says so.
     */
    private String render(Path root, int threads) throws IOException, InterruptedException {
        Optional<String> java = ProcessHandle.current().info().command();
        if (java.isEmpty()) {
            System.err.println("rendering in this process: the peak includes what the renderer leaves resident");
            new SubmissionGenerator().generateMix(seed, count + threads, Mix.standard(), root);
            resetPeakResident();
            return procStatus("VmRSS:");
        }
        List<String> command = new ArrayList<>(List.of(java.get(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "bench", "--count", String.valueOf(count), "--seed", String.valueOf(seed),
                "--workers", String.valueOf(threads), "--render-only", root.toString()));
        Process child = new ProcessBuilder(command).inheritIO().directory(new File(".")).start();
        int exit = child.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("rendering the set failed (exit " + exit + "): " + String.join(" ", command));
        }
        return procStatus("VmRSS:");
    }

    private Integer time(QualifyConfig config, int threads, List<Path> set, String residentBefore) throws Exception {
        long[] millis = new long[count];
        double seconds;
        try (Qualify qualify = new Qualify(config, Clock.systemDefaultZone())) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                SetReviewer.reviewAll(qualify.pipeline(), qualify.loader(), pool, set.subList(0, threads));
                long started = System.nanoTime();
                List<Verdict> timed = SetReviewer.reviewAll(qualify.pipeline(), qualify.loader(), pool, set.subList(threads, set.size()));
                seconds = (System.nanoTime() - started) / 1e9;
                for (int i = 0; i < count; i++) {
                    millis[i] = timed.get(i).elapsedMillis();
                }
            } finally {
                pool.shutdownNow();
            }
        }
        Arrays.sort(millis);
        Runtime rt = Runtime.getRuntime();
        System.out.printf("submissions:  %d on %d workers (after %d warm-up)%n", count, threads, threads);
        System.out.printf("throughput:   %.2f submissions/s%n", count / seconds);
        System.out.printf("latency ms:   median %d, p95 %d, max %d%n", at(millis, 0.5), at(millis, 0.95),
                millis.length == 0 ? 0 : millis[millis.length - 1]);
        System.out.printf("memory:       peak resident %s (%s before the first review), heap in use %d MB of max %d MB%n",
                procStatus("VmHWM:"), residentBefore, (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
        System.out.printf("seal search:  %s%n", sealSearch());
        return 0;
    }

    /**
     * The seal search on one 300-dpi A4 page (2480 × 3508) of body text with a red ring and star in its
     * corner: the best of three after a warm-up, on this thread. Every letter and commitment page is
     * searched so; the review's budget wants it well under a third of a second.
     */
    static String sealSearch() {
        BufferedImage page = new BufferedImage(2480, 3508, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = page.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 55));
        for (int y = 700; y < 3100; y += 110) {
            g.drawString("Qualify bench: one line of body text across the page, as a letter has.", 200, y);
        }
        g.setColor(new Color(214, 30, 38));
        g.setStroke(new BasicStroke(14));
        g.drawOval(1800 - 236, 2800 - 236, 472, 472);
        g.fillPolygon(new int[] {1800, 1830, 1900, 1845, 1865, 1800, 1735, 1755, 1700, 1770},
                new int[] {2700, 2770, 2775, 2820, 2890, 2850, 2890, 2820, 2775, 2770}, 10);
        g.dispose();
        SealFinder finder = new SealFinder();
        int found = finder.find(page).size();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            finder.find(page);
            best = Math.min(best, System.nanoTime() - start);
        }
        return String.format("best of 3 on a 300-dpi A4 page %d ms (%d seal%s found)", best / 1_000_000, found,
                found == 1 ? "" : "s");
    }

    /** The value below which {@code share} of the sorted values lie (nearest rank). */
    static long at(long[] sorted, double share) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(share * sorted.length) - 1)];
    }

    /** Resets the peak resident size (VmHWM) on Linux, so it measures what comes after; says so when it cannot. */
    private static void resetPeakResident() {
        System.gc();
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            System.err.println("peak resident size not reset (" + e.getMessage() + "): it includes the rendering");
        }
    }

    /** A size from /proc/self/status ({@code VmHWM:} the peak resident, {@code VmRSS:} the resident now; Linux); "unknown" elsewhere. */
    private static String procStatus(String key) {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(key.length()).strip()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
