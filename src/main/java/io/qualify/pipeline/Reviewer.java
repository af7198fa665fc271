package io.qualify.pipeline;

import io.qualify.document.Submission;
import io.qualify.verdict.Verdict;

/** Reviews one submission into its verdict. {@link ReviewPipeline} is the real one; route tests use a fake. */
public interface Reviewer {

    Verdict review(Submission submission);

    /**
     * How many readings were given up and have not returned since (a call wedged in native code): each
     * holds a thread, an OCR engine and perhaps a core until it does.
     */
    default int wedgedReadings() {
        return 0;
    }
}
