package io.qualify.intake;

import io.qualify.document.Application;
import io.qualify.document.SourceFile;
import io.qualify.document.Submission;
import io.qualify.document.Submission.IntakeProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads a submission zip into memory without extracting it (so no path in the archive can escape).
 * Entries count and sizes are bounded; an archive that cannot be opened is one intake problem.
 */
final class ZipSubmissions {

    private static final int MAX_ENTRIES = 200;

    private ZipSubmissions() {
    }

    static Submission load(Path zip, String name, SubmissionLoader loader) {
        List<SourceFile> files = new ArrayList<>();
        List<IntakeProblem> problems = new ArrayList<>();
        Application application = Application.EMPTY;
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            List<? extends ZipEntry> entries = fileEntries(archive);
            String prefix = commonTopFolder(entries);
            if (entries.size() > MAX_ENTRIES) {
                problems.add(new IntakeProblem(zip.getFileName().toString(),
                        "the archive holds " + entries.size() + " files; at most " + MAX_ENTRIES + " are read"));
                entries = entries.subList(0, MAX_ENTRIES);
            }
            for (ZipEntry entry : entries) {
                String entryName = entry.getName().substring(prefix.length());
                if (entryName.contains("/")) {
                    continue;
                }
                if (entryName.equals(SubmissionLoader.FORM)) {
                    application = loader.parseForm(archive.getInputStream(entry).readNBytes(1 << 20), problems);
                } else if (SubmissionLoader.isDocument(entryName)) {
                    files.add(loader.read(entryName, Math.max(0, entry.getSize()), () -> archive.getInputStream(entry)));
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new IntakeProblem(zip.getFileName().toString(),
                    "the submission archive could not be read (corrupt, encrypted or not a zip): " + e.getMessage()));
        }
        return new Submission(name, application, files, problems);
    }

    private static List<? extends ZipEntry> fileEntries(ZipFile archive) {
        List<ZipEntry> entries = new ArrayList<>();
        Enumeration<? extends ZipEntry> all = archive.entries();
        while (all.hasMoreElements()) {
            ZipEntry e = all.nextElement();
            if (!e.isDirectory() && !e.getName().startsWith("__MACOSX/") && !e.getName().contains("/.")) {
                entries.add(e);
            }
        }
        entries.sort((a, b) -> a.getName().compareTo(b.getName()));
        return entries;
    }

    /** "top/" when every file sits in one top folder, else "". */
    private static String commonTopFolder(List<? extends ZipEntry> entries) {
        if (entries.isEmpty()) {
            return "";
        }
        List<? extends ZipEntry> documents = entries.stream()
                .filter(e -> SubmissionLoader.isDocument(e.getName())).toList();
        if (documents.isEmpty()) {
            return "";
        }
        String first = documents.get(0).getName();
        int slash = first.indexOf('/');
        if (slash < 0) {
            return "";
        }
        String top = first.substring(0, slash + 1);
        return documents.stream().allMatch(e -> e.getName().startsWith(top)) ? top : "";
    }
}
