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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Makes a {@link Submission} from a directory or a {@code .zip} (SPEC.md §2): documents at the root
 * or in a single top folder, plus an optional {@code application.json}. Never throws for bad content:
 * a malformed form or archive becomes an intake problem the rules report. Files over the size limit
 * are listed without their bytes, so the renderer can say how large they were.
 */
public final class SubmissionLoader {

    static final String FORM = "application.json";
    private static final Set<String> NOT_DOCUMENTS = Set.of(FORM, "READY");
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
        Path root = singleTopFolder(path);
        List<SourceFile> files = new ArrayList<>();
        List<IntakeProblem> problems = new ArrayList<>();
        Application application = Application.EMPTY;
        try (Stream<Path> entries = Files.list(root)) {
            for (Path file : entries.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                String name = file.getFileName().toString();
                if (name.equals(FORM)) {
                    application = parseForm(Files.readAllBytes(file), problems);
                } else if (isDocument(name)) {
                    files.add(read(name, Files.size(file), () -> Files.newInputStream(file)));
                }
            }
        }
        return new Submission(fileName, application, files, problems);
    }

    static boolean isDocument(String name) {
        return !NOT_DOCUMENTS.contains(name) && !name.startsWith(".") && !name.startsWith("__MACOSX");
    }

    Application parseForm(byte[] json, List<IntakeProblem> problems) {
        try {
            return JSON.readValue(json, Application.class);
        } catch (IOException e) {
            problems.add(new IntakeProblem(FORM, "application.json is not valid JSON: " + e.getMessage().lines().findFirst().orElse("")));
            return Application.EMPTY;
        }
    }

    SourceFile read(String name, long size, Opener opener) throws IOException {
        if (size > maxFileBytes) {
            return new SourceFile(name, size, null);
        }
        try (InputStream in = opener.open()) {
            byte[] content = in.readNBytes((int) maxFileBytes + 1);
            return content.length > maxFileBytes ? new SourceFile(name, content.length, null) : SourceFile.of(name, content);
        }
    }

    private static Path singleTopFolder(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> visible = entries.filter(p -> isDocument(p.getFileName().toString())).toList();
            if (visible.size() == 1 && Files.isDirectory(visible.get(0))) {
                return visible.get(0);
            }
        }
        return dir;
    }

    /** Opens a stream on one entry (a file, or a zip entry). */
    interface Opener {
        InputStream open() throws IOException;
    }
}
