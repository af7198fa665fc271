package io.qualify.intake;

import io.qualify.document.Intake;
import io.qualify.document.Intake.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Scratch space ({@code DATA/work/}) for submissions that arrive as bytes (a queue message): each is
 * written to {@code work/<id>/<name>.zip} for the loader and removed after its verdict. The broker
 * keeps the message until it is acknowledged, so the spool holds nothing worth keeping across a
 * restart and is emptied at start.
 */
public final class Spool {

    private final Path work;
    private final long maxBytes;

    public Spool(Path data, long maxBytes) throws IOException {
        this.work = data.resolve("work");
        this.maxBytes = maxBytes;
        Contents.deleteTree(work);
        Files.createDirectories(work);
    }

    /** Checks the bytes (a zip, within the limit) and spools them as the submission {@code name}. */
    public Intake take(byte[] zip, String name, Source source) throws IOException, UnprocessableSubmissionException {
        Contents.checkZip(zip, maxBytes);
        String sha256 = Contents.sha256(zip);
        String safe = Contents.safeName(name, "message-" + sha256.substring(0, 12));
        Path dir = Files.createDirectories(work.resolve(sha256.substring(0, 32) + "-" + System.nanoTime()));
        Path file = Files.write(dir.resolve(safe + ".zip"), zip);
        return new Intake(sha256, source, safe, file);
    }

    /** Removes what {@link #take} wrote for the item. */
    public void release(Intake item) throws IOException {
        Contents.deleteTree(item.path().getParent());
    }
}
