package io.qualify.document;

import java.util.List;
import java.util.Objects;

/**
 * One enterprise's application, whatever it came from (CLI path, upload directory, queue, HTTP): the
 * intake value every later stage shares. {@code problems} holds intake failures that concern the
 * submission as a whole or a file that never became a {@link SourceFile} (for example a malformed
 * {@code application.json}); they become findings, never exceptions.
 */
public record Submission(String name, Application application, List<SourceFile> files, List<IntakeProblem> problems) {

    public Submission {
        application = application == null ? Application.EMPTY : application;
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /**
     * A file that could not be taken in, with the reason in words an applicant understands, and which of
     * the two it is ({@link Kind}). {@code file} names it as the submission does; for an archive's entry
     * that is hostile text, kept as data and never used as a path.
     */
    public record IntakeProblem(String file, String reason, Kind kind) {

        public IntakeProblem {
            Objects.requireNonNull(kind, "kind");
        }

        /** A file that could not be read (a malformed form, a corrupt archive, a document left unread). */
        public IntakeProblem(String file, String reason) {
            this(file, reason, Kind.UNREADABLE);
        }

        /** An entry left unread that was no document (its name has none of SPEC.md §2's types). */
        public static IntakeProblem skipped(String file, String reason) {
            return new IntakeProblem(file, reason, Kind.SKIPPED);
        }

        /**
         * What the problem costs the submission: {@code UNREADABLE} is R15's error (a document, the form
         * or the archive was not read, so nothing may be approved on it); {@code SKIPPED} is information
         * only (an entry such as {@code sub/notes.txt} left unread that no rule needs).
         */
        public enum Kind { UNREADABLE, SKIPPED }
    }
}
