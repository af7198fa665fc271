package io.qualify.intake;

import io.qualify.document.Application;
import io.qualify.document.SourceFile;
import io.qualify.document.Submission;
import io.qualify.document.Submission.IntakeProblem;
import io.qualify.intake.RefusedEntries.Why;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Reads a submission zip into memory without extracting it: nothing is written to disk and no name in the
 * archive is ever used as a path. The documents and the form at the archive's root or in its single top
 * folder are read, each bounded by the loader's size limit. Every other entry is refused and named in the
 * verdict ({@link RefusedEntries}): a name pointing outside the submission's folder ({@code ..} steps, an
 * absolute path, a drive letter, a backslash), a symbolic link (Commons Compress reads its Unix mode from
 * the central directory; {@code java.util.zip} cannot see one and would read the link's target text as
 * the file), a file in a nested folder, and the entries after the first {@value #MAX_ENTRIES}.
 * Operating-system litter ({@code __MACOSX/}, dotfiles such as {@code .DS_Store}) and folder entries are
 * ignored without a word. An archive that cannot be opened or read (corrupt, encrypted) is one intake problem.
 */
final class ZipSubmissions {

    static final int MAX_ENTRIES = 200;
    private static final Pattern DRIVE_LETTER = Pattern.compile("[A-Za-z]:.*", Pattern.DOTALL);

    private final SubmissionLoader loader;
    private final List<SourceFile> files = new ArrayList<>();
    private final List<IntakeProblem> problems = new ArrayList<>();
    private final RefusedEntries refused = new RefusedEntries();
    private Application application = Application.EMPTY;

    private ZipSubmissions(SubmissionLoader loader) {
        this.loader = loader;
    }

    static Submission load(Path zip, String name, SubmissionLoader loader) {
        return new ZipSubmissions(loader).read(zip, name);
    }

    /** Whether an entry's name would lead out of the folder it were extracted to (zip slip). */
    static boolean isOutside(String name) {
        return name.startsWith("/") || name.contains("\\") || DRIVE_LETTER.matcher(name).matches()
                || Arrays.asList(name.split("/")).contains("..");
    }

    private Submission read(Path zip, String name) {
        String archiveName = zip.getFileName().toString();
        try (ZipFile archive = ZipFile.builder().setPath(zip).get()) {
            List<ZipArchiveEntry> entries = fileEntries(archive);
            List<ZipArchiveEntry> read = entries.subList(0, Math.min(entries.size(), MAX_ENTRIES));
            if (entries.size() > MAX_ENTRIES) {
                problems.add(new IntakeProblem(archiveName,
                        "the archive holds " + entries.size() + " files; at most " + MAX_ENTRIES + " are read"));
            }
            String prefix = commonTopFolder(read);
            for (ZipArchiveEntry entry : read) {
                take(archive, entry, prefix);
            }
            for (ZipArchiveEntry entry : entries.subList(read.size(), entries.size())) {
                String entryName = entry.getName();
                refused.refuse(entryName.startsWith(prefix) ? entryName.substring(prefix.length()) : entryName,
                        Why.OVER_LIMIT);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new IntakeProblem(archiveName, "the submission archive could not be read (corrupt, encrypted"
                    + " or not a zip): " + RefusedEntries.shown(String.valueOf(e.getMessage()))));
        }
        problems.addAll(refused.problems(archiveName));
        return new Submission(name, application, files, problems);
    }

    private void take(ZipFile archive, ZipArchiveEntry entry, String prefix) throws IOException {
        if (isOutside(entry.getName())) {
            refused.refuse(entry.getName(), Why.OUTSIDE);
            return;
        }
        if (!entry.getName().startsWith(prefix)) {
            return; // the form or READY beside the single top folder: ignored, as in a directory
        }
        String name = entry.getName().substring(prefix.length());
        if (entry.isUnixSymlink()) {
            refused.refuse(name, Why.SYMLINK);
        } else if (name.contains("/")) {
            refused.refuse(name, Why.NESTED);
        } else if (name.equals(SubmissionLoader.FORM)) {
            try (InputStream in = archive.getInputStream(entry)) {
                application = loader.parseForm(in.readNBytes(SubmissionLoader.MAX_FORM_BYTES), problems);
            }
        } else if (SubmissionLoader.isDocument(name)) {
            files.add(loader.read(name, Math.max(0, entry.getSize()), () -> archive.getInputStream(entry)));
        }
    }

    /** The archive's file entries in name order, litter left out (a name leading outside is never litter). */
    private static List<ZipArchiveEntry> fileEntries(ZipFile archive) {
        List<ZipArchiveEntry> entries = new ArrayList<>();
        for (ZipArchiveEntry e : Collections.list(archive.getEntries())) {
            if (!e.isDirectory() && (isOutside(e.getName()) || !SubmissionLoader.isLitter(e.getName()))) {
                entries.add(e);
            }
        }
        entries.sort(Comparator.comparing(ZipArchiveEntry::getName));
        return entries;
    }

    /** "top/" when every document (a name leading outside aside) sits in one top folder, else "". */
    private static String commonTopFolder(List<ZipArchiveEntry> entries) {
        List<String> documents = entries.stream().map(ZipArchiveEntry::getName)
                .filter(n -> !isOutside(n) && SubmissionLoader.isDocument(n)).toList();
        if (documents.isEmpty()) {
            return "";
        }
        int slash = documents.get(0).indexOf('/');
        if (slash < 0) {
            return "";
        }
        String top = documents.get(0).substring(0, slash + 1);
        return documents.stream().allMatch(n -> n.startsWith(top)) ? top : "";
    }
}
