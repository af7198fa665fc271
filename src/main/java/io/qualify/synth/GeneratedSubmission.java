package io.qualify.synth;

import io.qualify.document.Application;
import java.nio.file.Path;

/**
 * A submission directory written by {@link SubmissionGenerator}, with what was written into it.
 *
 * @param dir         the submission directory (its name is the submission name)
 * @param combo       what it tests: one scenario or two
 * @param application the content of its application.json
 * @param expected    the content of its expected.json
 */
public record GeneratedSubmission(Path dir, Combo combo, Application application, Expected expected) {
}
