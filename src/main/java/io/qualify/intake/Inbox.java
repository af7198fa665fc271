package io.qualify.intake;

import io.qualify.document.Intake;
import io.qualify.document.Intake.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The upload directory and its neighbours under the data folder: {@code inbox/} (a {@code .zip} per
 * submission, or a folder complete once it holds {@code READY}), {@code archive/} for handled input,
 * {@code failed/} for input set aside beside a {@code .reason.txt}. Input leaves the inbox only after
 * its verdict is stored (or it has been refused), so a crash at any moment leaves it to be redone.
 */
public final class Inbox {

    private final Path inbox;
    private final Path archive;
    private final Path failed;
    private final long maxBytes;

    public Inbox(Path data, long maxBytes) throws IOException {
        this.inbox = Files.createDirectories(data.resolve("inbox"));
        this.archive = Files.createDirectories(data.resolve("archive"));
        this.failed = Files.createDirectories(data.resolve("failed"));
        this.maxBytes = maxBytes;
    }

    public Path directory() {
        return inbox;
    }

    /** The intake item of a zip in the inbox, or of the folder a {@code READY} marker completes. */
    public Intake take(Path file, Source source) throws IOException, UnprocessableSubmissionException {
        boolean marker = file.getFileName().toString().equals("READY");
        Path path = marker ? file.getParent() : file;
        String fileName = path.getFileName().toString();
        if (Files.isSymbolicLink(path)) {
            // what a link points at lies outside the inbox, where nobody dropped it: it is never read
            String what = marker ? "folder" : "zip";
            throw new UnprocessableSubmissionException("the submission " + what + " '" + fileName
                    + "' is a symbolic link; a link is never followed: drop the " + what + " itself");
        }
        if (marker) {
            Contents.checkDirectory(path, maxBytes);
        } else {
            Contents.checkZip(path, maxBytes);
        }
        String name = marker ? fileName : fileName.substring(0, fileName.length() - ".zip".length());
        return new Intake(Contents.sha256(path), source, name, path);
    }

    /**
     * Puts an uploaded zip into the inbox as {@code <name>.zip} (written aside under a dot name, then
     * renamed in, so the watcher never reads half of it). Answers false when another upload of that
     * name is still waiting.
     */
    public boolean accept(byte[] zip, String name) throws IOException {
        Path target = inbox.resolve(name + ".zip");
        if (Files.exists(target)) {
            return false;
        }
        Path temp = Files.createTempFile(inbox, ".upload-", ".part");
        Files.write(temp, zip);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.delete(temp);
            return false;
        }
        return true;
    }

    /** Moves handled input out of the inbox into {@code archive/}. */
    public void archive(Intake item) throws IOException {
        moveAside(item.path(), archive, item.id());
    }

    /** Moves refused input into {@code failed/}, with {@code <file>.reason.txt} saying why. */
    public void setAside(Path path, String id, String reason) throws IOException {
        Path moved = moveAside(path, failed, id);
        if (moved != null) {
            Files.writeString(moved.resolveSibling(moved.getFileName() + ".reason.txt"), reason + "\n", StandardCharsets.UTF_8);
        }
    }

    /** The folder a {@code READY} marker completes, or the file itself. */
    public static Path input(Path consumed) {
        return consumed.getFileName().toString().equals("READY") ? consumed.getParent() : consumed;
    }

    private static Path moveAside(Path path, Path folder, String id) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        String fileName = path.getFileName().toString();
        Path target = folder.resolve(fileName);
        if (Files.exists(target)) {
            target = folder.resolve(suffixed(fileName, id == null ? Long.toString(System.nanoTime(), 36) : id.substring(0, 8)));
        }
        try {
            return Files.move(path, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            return Files.move(path, target);
        }
    }

    private static String suffixed(String fileName, String suffix) {
        return fileName.endsWith(".zip")
                ? fileName.substring(0, fileName.length() - 4) + "-" + suffix + ".zip"
                : fileName + "-" + suffix;
    }
}
