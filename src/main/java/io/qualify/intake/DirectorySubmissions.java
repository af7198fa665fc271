package io.qualify.intake;

import io.qualify.document.Application;
import io.qualify.document.SourceFile;
import io.qualify.document.Submission;
import io.qualify.document.Submission.IntakeProblem;
import io.qualify.intake.RefusedEntries.Why;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a submission folder: the documents and the form at its top or in its single top folder, each
 * bounded by the loader's size limit. No symbolic link is ever followed: an entry's kind is read with
 * {@code NOFOLLOW_LINKS} and a file is opened the same way, so a link to {@code /etc/passwd} is refused,
 * its target never read. Every entry not read is named in the verdict ({@link RefusedEntries}): a
 * symbolic link, each file in a nested folder, a device, pipe or socket. Operating-system litter
 * ({@code __MACOSX/}, dotfiles such as {@code .DS_Store}) and the {@code READY} marker are ignored
 * without a word.
 */
final class DirectorySubmissions {

    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private final SubmissionLoader loader;
    private final List<SourceFile> files = new ArrayList<>();
    private final List<IntakeProblem> problems = new ArrayList<>();
    private final RefusedEntries refused = new RefusedEntries();
    private Application application = Application.EMPTY;

    private DirectorySubmissions(SubmissionLoader loader) {
        this.loader = loader;
    }

    /** The submission in {@code dir}; IOException only when the folder itself cannot be listed. */
    static Submission load(Path dir, String name, SubmissionLoader loader) throws IOException {
        return new DirectorySubmissions(loader).read(dir, name);
    }

    private Submission read(Path dir, String name) throws IOException {
        Path root = singleTopFolder(dir);
        for (Path entry : list(root)) {
            String fileName = entry.getFileName().toString();
            if (!SubmissionLoader.isLitter(fileName) && !fileName.equals(SubmissionLoader.READY)) {
                take(root, entry, fileName);
            }
        }
        problems.addAll(refused.problems(name));
        return new Submission(name, application, files, problems);
    }

    private void take(Path root, Path entry, String name) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class, NOFOLLOW);
        if (attributes.isSymbolicLink()) {
            refused.refuse(name, Why.SYMLINK);
        } else if (attributes.isDirectory()) {
            refuseFolder(root, entry);
        } else if (!attributes.isRegularFile()) {
            refused.refuse(name, Why.NOT_A_FILE);
        } else if (name.equals(SubmissionLoader.FORM)) {
            try (InputStream in = Files.newInputStream(entry, NOFOLLOW)) {
                application = loader.parseForm(in.readNBytes(SubmissionLoader.MAX_FORM_BYTES), problems);
            }
        } else {
            files.add(loader.read(name, attributes.size(), () -> Files.newInputStream(entry, NOFOLLOW)));
        }
    }

    /** Names every file under a nested folder (litter aside) as refused; none is read. */
    private void refuseFolder(Path root, Path folder) {
        try {
            for (Path entry : walk(folder)) {
                String name = relativeName(root, entry);
                if (SubmissionLoader.isLitter(name) || Files.isDirectory(entry, NOFOLLOW)) {
                    continue;
                }
                refused.refuse(name, Files.isSymbolicLink(entry) ? Why.SYMLINK
                        : Files.isRegularFile(entry, NOFOLLOW) ? Why.NESTED : Why.NOT_A_FILE);
            }
        } catch (IOException | UncheckedIOException e) {
            refused.refuse(relativeName(root, folder) + "/", Why.NESTED);
        }
    }

    /** The entries of {@code dir} in name order. */
    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        }
    }

    /** Everything under a nested folder (links not followed), in name order. */
    private static List<Path> walk(Path folder) throws IOException {
        try (Stream<Path> entries = Files.walk(folder)) {
            return entries.filter(p -> !p.equals(folder)).sorted().toList();
        }
    }

    /** The entry's path under the submission's root with "/" between folders, as a zip would name it. */
    private static String relativeName(Path root, Path entry) {
        List<String> parts = new ArrayList<>();
        root.relativize(entry).forEach(part -> parts.add(part.toString()));
        return String.join("/", parts);
    }

    private static Path singleTopFolder(Path dir) throws IOException {
        List<Path> visible = list(dir).stream()
                .filter(p -> SubmissionLoader.isDocument(p.getFileName().toString())).toList();
        return visible.size() == 1 && Files.isDirectory(visible.get(0), NOFOLLOW) ? visible.get(0) : dir;
    }
}
