package io.qualify.verdict;

import io.qualify.check.Finding;
import io.qualify.document.Document;
import java.time.OffsetDateTime;
import java.util.List;

/** The result of reviewing one submission (SPEC.md §4); the decision is computed from the findings. */
public record Verdict(String submission, String applicationId, List<Finding> findings, List<Document> documents,
                      OffsetDateTime reviewedAt, String pipelineVersion, long elapsedMillis) {

    public Verdict {
        findings = List.copyOf(findings);
        documents = List.copyOf(documents);
    }

    public Decision decision() {
        return Decision.of(findings);
    }
}
