package io.qualify.report;

import io.qualify.verdict.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The service's verdict files (SPEC.md §3): {@code DATA/verdicts/<name>.json} and
 * {@code DATA/reports/<name>.html}, ID numbers masked. Each is written beside and renamed into place,
 * so a reader (or a crash) never sees half a file; writing again replaces it.
 */
public final class VerdictFiles {

    private final Path verdicts;
    private final Path reports;

    public VerdictFiles(Path data) {
        this.verdicts = data.resolve("verdicts");
        this.reports = data.resolve("reports");
    }

    public void write(String name, String json, String html) {
        try {
            Files.createDirectories(verdicts);
            Files.createDirectories(reports);
            replace(verdicts.resolve(name + ".json"), json);
            replace(reports.resolve(name + ".html"), html);
        } catch (IOException e) {
            throw new UncheckedIOException("verdict files of " + name + " could not be written", e);
        }
    }

    /** The masked JSON and the HTML report of a verdict, as stored and as written. */
    public static String json(Verdict verdict) {
        return new VerdictJson(false).pretty(verdict);
    }

    public static String html(Verdict verdict) {
        return new Pages().verdict(verdict, false);
    }

    private static void replace(Path file, String content) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), ".", ".tmp");
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
