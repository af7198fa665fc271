package io.qualify.document;

import java.util.List;

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

    /** A file that could not be taken in, with the reason in words an applicant understands. */
    public record IntakeProblem(String file, String reason) {
    }
}
