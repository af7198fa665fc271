package io.qualify.config;

import io.qualify.ocr.OcrSettings;
import io.qualify.render.RenderLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Qualify's settings, typed and validated. Sources, later ones winning: the shipped
 * {@code application.properties} (every key documented there), {@code ./application.properties},
 * then environment variables ({@code qualify.ocr.max-pixels} is {@code QUALIFY_OCR_MAX_PIXELS}).
 * A bad value fails with the key's name. {@code documentBudget} and {@code submissionBudget} bound how long
 * one document and one submission in all may be read.
 */
public record QualifyConfig(OcrSettings ocr, RenderLimits limits, double confidenceFloor, int workers,
                            Duration documentBudget, Duration submissionBudget) {

    public static QualifyConfig load() {
        return from(layered(Path.of("application.properties"), System.getenv()));
    }

    static Properties layered(Path local, Map<String, String> env) {
        Properties p = new Properties();
        try (InputStream shipped = QualifyConfig.class.getResourceAsStream("/application.properties")) {
            if (shipped != null) {
                p.load(new java.io.InputStreamReader(shipped, StandardCharsets.UTF_8));
            }
            if (Files.isRegularFile(local)) {
                try (Reader r = Files.newBufferedReader(local, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
            }
        } catch (IOException e) {
            throw new ConfigException("configuration could not be read: " + e.getMessage());
        }
        for (String key : p.stringPropertyNames()) {
            String fromEnv = env.get(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
            if (fromEnv != null) {
                p.setProperty(key, fromEnv);
            }
        }
        return p;
    }

    public static QualifyConfig from(Properties p) {
        Settings s = new Settings(p);
        try {
            OcrSettings.Engine engine = s.choice("qualify.ocr.engine", OcrSettings.Engine.class);
            Path models = engine == OcrSettings.Engine.PADDLE ? ModelFolder.PADDLE.locate(s.text("qualify.ocr.models"))
                    : Path.of(s.text("qualify.ocr.models"));
            OcrSettings ocr = new OcrSettings(engine, models, (int) s.whole("qualify.ocr.detection-side"),
                    ModelFolder.TESSDATA.locate(s.text("qualify.ocr.tessdata")), s.text("qualify.ocr.languages"),
                    s.decimal("qualify.ocr.target-glyph-height"), s.whole("qualify.ocr.max-pixels"),
                    s.decimal("qualify.ocr.orientation-confidence"));
            s.atLeast("qualify.limits.max-file-mb", 1);
            s.atLeast("qualify.limits.max-pixels", 1);
            s.atLeast("qualify.limits.max-pages", 1);
            s.within("qualify.limits.pdf-dpi", 72, 600);
            s.atLeast("qualify.limits.max-document-pixels", 1_000_000);
            RenderLimits limits = new RenderLimits(s.whole("qualify.limits.max-file-mb") * 1024 * 1024,
                    s.whole("qualify.limits.max-pixels"), (int) s.whole("qualify.limits.max-pages"),
                    (int) s.whole("qualify.limits.pdf-dpi"), s.whole("qualify.limits.max-document-pixels"));
            double floor = s.decimal("qualify.review.confidence-floor");
            if (!(floor >= 0 && floor <= 1)) {
                throw new ConfigException("qualify.review.confidence-floor must be within 0..1, not " + floor);
            }
            int workers = (int) s.whole("qualify.workers");
            s.atLeast("qualify.budget.document-seconds", 1);
            s.atLeast("qualify.budget.submission-seconds", 1);
            return new QualifyConfig(ocr, limits, floor, workers > 0 ? workers : Runtime.getRuntime().availableProcessors(),
                    Duration.ofSeconds(s.whole("qualify.budget.document-seconds")),
                    Duration.ofSeconds(s.whole("qualify.budget.submission-seconds")));
        } catch (IllegalArgumentException | ConfigException e) {
            throw new ConfigException("invalid configuration: " + e.getMessage());
        }
    }

    /** Typed reads of one key, naming the key when its value is missing or malformed. */
    record Settings(Properties p) {

        String text(String key) {
            String v = p.getProperty(key);
            if (v == null) {
                throw new ConfigException("missing configuration key " + key);
            }
            return v.strip();
        }

        long whole(String key) {
            try {
                return Long.parseLong(text(key));
            } catch (NumberFormatException e) {
                throw new ConfigException(key + " must be a whole number, not '" + text(key) + "'");
            }
        }

        void atLeast(String key, long min) {
            within(key, min, Long.MAX_VALUE);
        }

        void within(String key, long min, long max) {
            long v = whole(key);
            if (v < min || v > max) {
                throw new ConfigException(key + " must be within " + min + ".." + (max == Long.MAX_VALUE ? "" : max) + ", not " + v);
            }
        }

        <E extends Enum<E>> E choice(String key, Class<E> type) {
            String v = text(key);
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(v)) {
                    return e;
                }
            }
            throw new ConfigException(key + " must be one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(e -> e.name().toLowerCase(Locale.ROOT)).toList() + ", not '" + v + "'");
        }

        double decimal(String key) {
            try {
                return Double.parseDouble(text(key));
            } catch (NumberFormatException e) {
                throw new ConfigException(key + " must be a number, not '" + text(key) + "'");
            }
        }
    }
}
