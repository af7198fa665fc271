package io.qualify.intake;

import io.qualify.document.Submission.IntakeProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The entries of one submission that its loader refuses to read, each named in the verdict as an
 * {@link IntakeProblem}: a name whose type is one of SPEC.md §2's documents is {@code UNREADABLE} (R15's
 * error: a document the applicant meant was not read), any other is {@code SKIPPED} (information only).
 * Entry names are hostile text: they are kept as data, their control characters replaced and their length
 * cut to {@value #MAX_NAME} characters, and never used as a path. At most {@value #MAX_NAMED} entries are
 * named; the rest are counted in one closing problem, so a hostile archive cannot flood the verdict.
 * Make one per load, {@link #refuse} each entry, then add {@link #problems} to the submission's.
 */
final class RefusedEntries {

    static final int MAX_NAMED = 100;
    static final int MAX_NAME = 200;
    private static final Set<String> DOCUMENT_TYPES = Set.of("jpg", "jpeg", "png", "tif", "tiff", "bmp", "webp", "pdf");

    private final List<IntakeProblem> named = new ArrayList<>();
    private int unnamed;
    private boolean unnamedDocument;

    /** Why an entry is not read, in words an applicant understands (the finding's evidence). */
    enum Why {
        NESTED("the file sits in a subfolder; only files at the top of the submission (or of its single top folder)"
                + " are read"),
        OUTSIDE("the name points outside the submission's folder (a \"..\" step, an absolute path, a drive letter"
                + " or a backslash); such a file is never read"),
        SYMLINK("the entry is a symbolic link, not a file; a link is never followed and its target never read"),
        NOT_A_FILE("the entry is not an ordinary file (a device, a pipe or a socket); it was not read"),
        OVER_LIMIT("the archive holds more than " + ZipSubmissions.MAX_ENTRIES + " files; those after the first "
                + ZipSubmissions.MAX_ENTRIES + " in name order are not read");

        final String reason;

        Why(String reason) {
            this.reason = reason;
        }
    }

    /** Names the entry {@code name} (as the submission spells it) as refused for {@code why}. */
    void refuse(String name, Why why) {
        boolean document = isDocumentType(name);
        if (named.size() < MAX_NAMED) {
            String shown = shown(name);
            named.add(document ? new IntakeProblem(shown, why.reason) : IntakeProblem.skipped(shown, why.reason));
        } else {
            unnamed++;
            unnamedDocument |= document;
        }
    }

    /** The problems to report, the closing count (filed under {@code submission}) last when there is one. */
    List<IntakeProblem> problems(String submission) {
        List<IntakeProblem> problems = new ArrayList<>(named);
        if (unnamed > 0) {
            String reason = unnamed + " more files were refused and not read; only the first " + MAX_NAMED
                    + " refused are named";
            problems.add(unnamedDocument
                    ? new IntakeProblem(submission, reason) : IntakeProblem.skipped(submission, reason));
        }
        return problems;
    }

    /** Whether the name ends in one of SPEC.md §2's document types, in any case. */
    static boolean isDocumentType(String name) {
        int dot = name.lastIndexOf('.');
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return dot > slash + 1 && DOCUMENT_TYPES.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * The name as the verdict shows it: control and format characters (line breaks, right-to-left
     * overrides that disguise an extension) as {@code ?}, at most {@value #MAX_NAME} characters.
     */
    static String shown(String name) {
        String safe = name.replaceAll("[\\p{Cc}\\p{Cf}]", "?");
        if (safe.length() <= MAX_NAME) {
            return safe;
        }
        int end = MAX_NAME - 1;
        return safe.substring(0, Character.isHighSurrogate(safe.charAt(end - 1)) ? end - 1 : end) + "…";
    }
}
