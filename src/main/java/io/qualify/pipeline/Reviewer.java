package io.qualify.pipeline;

import io.qualify.document.Submission;
import io.qualify.verdict.Verdict;

/** Reviews one submission into its verdict. {@link ReviewPipeline} is the real one; route tests use a fake. */
public interface Reviewer {

    Verdict review(Submission submission);
}
