package io.qualify.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.qualify.document.Application;
import io.qualify.document.SourceFile;
import io.qualify.document.Submission;
import io.qualify.document.Submission.IntakeProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Makes a {@link Submission} from a directory or a {@code .zip} (SPEC.md §2): documents at the root
 * or in a single top folder, plus an optional {@code application.json}. Never throws for bad content:
 * a malformed form or archive becomes an intake problem the rules report, and so does every entry that
 * is refused rather than read (a nested folder's file, a symbolic link, a name leading outside; see
 * {@link ZipSubmissions}, {@link DirectorySubmissions}). Operating-system litter ({@code __MACOSX/},
 * dotfiles such as {@code .DS_Store}) is ignored without a word. Files over the size limit are listed
 * without their bytes, so the renderer can say how large they were. Nothing is ever extracted to disk.
 */
public final class SubmissionLoader {

    static final String FORM = "application.json";
    /** The most of {@code application.json} read: a form is a few hundred bytes. */
    static final int MAX_FORM_BYTES = 1 << 20;
    static final String READY = "READY";
    private static final Set<String> NOT_DOCUMENTS = Set.of(FORM, READY);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxFileBytes;

    public SubmissionLoader(long maxFileBytes) {
        this.maxFileBytes = maxFileBytes;
    }

    /** The submission at {@code path}; IOException only when the path itself cannot be listed. */
    public Submission load(Path path) throws IOException {
        String fileName = path.getFileName().toString();
        if (Files.isRegularFile(path) && fileName.toLowerCase().endsWith(".zip")) {
            return ZipSubmissions.load(path, fileName.substring(0, fileName.length() - 4), this);
        }
        if (!Files.isDirectory(path)) {
            throw new IOException(path + " is neither a directory nor a .zip file");
        }
        return DirectorySubmissions.load(path, fileName, this);
    }

    static boolean isDocument(String name) {
        return !NOT_DOCUMENTS.contains(name) && !name.startsWith(".") && !name.startsWith("__MACOSX");
    }

    /** Whether a path ("/" between folders) is operating-system litter: under {@code __MACOSX}, or hidden. */
    static boolean isLitter(String path) {
        for (String part : path.split("/")) {
            if (part.startsWith("__MACOSX") || (part.startsWith(".") && !part.equals(".") && !part.equals(".."))) {
                return true;
            }
        }
        return false;
    }

    Application parseForm(byte[] json, List<IntakeProblem> problems) {
        try {
            return JSON.readValue(json, Application.class);
        } catch (IOException e) {
            String detail = e.getMessage().lines().findFirst().orElse("");
            problems.add(new IntakeProblem(FORM, "application.json is not valid JSON: " + detail));
            return Application.EMPTY;
        }
    }

    SourceFile read(String name, long size, Opener opener) throws IOException {
        if (size > maxFileBytes) {
            return new SourceFile(name, size, null);
        }
        try (InputStream in = opener.open()) {
            byte[] content = in.readNBytes((int) maxFileBytes + 1);
            return content.length > maxFileBytes
                    ? new SourceFile(name, content.length, null) : SourceFile.of(name, content);
        }
    }

    /** Opens a stream on one entry (a file, or a zip entry). */
    interface Opener {
        InputStream open() throws IOException;
    }
}
