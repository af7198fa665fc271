package io.qualify.verdict;

import io.qualify.check.Finding;
import io.qualify.document.Application;
import io.qualify.document.Document;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The result of reviewing one submission (SPEC.md §4); the decision is computed from the findings.
 * {@code application} is what the applicant typed into the form, for the report to set beside the documents.
 */
public record Verdict(String submission, String applicationId, List<Finding> findings, List<Document> documents,
                      OffsetDateTime reviewedAt, String pipelineVersion, long elapsedMillis, Application application) {

    public Verdict {
        findings = List.copyOf(findings);
        documents = List.copyOf(documents);
        application = application == null ? Application.EMPTY : application;
    }

    /** A verdict without the form's values (none was given, or they do not matter). */
    public Verdict(String submission, String applicationId, List<Finding> findings, List<Document> documents,
                   OffsetDateTime reviewedAt, String pipelineVersion, long elapsedMillis) {
        this(submission, applicationId, findings, documents, reviewedAt, pipelineVersion, elapsedMillis, Application.EMPTY);
    }

    /**
     * This verdict without the pictures of its pages: what to keep once its report is written, as the
     * pictures are most of a verdict's size.
     */
    public Verdict withoutViews() {
        return new Verdict(submission, applicationId, findings,
                documents.stream().map(d -> d.toBuilder().views(List.of()).build()).toList(), reviewedAt,
                pipelineVersion, elapsedMillis, application);
    }

    public Decision decision() {
        return Decision.of(findings);
    }
}
