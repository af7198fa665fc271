package io.qualify.check;

import io.qualify.document.Application;
import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.Submission;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What every rule looks at: the submission, the documents as read, and the day of the review. */
public record Review(Submission submission, List<Document> documents, LocalDate reviewDate) {

    public Review {
        documents = List.copyOf(documents);
    }

    public Application application() {
        return submission.application();
    }

    public List<Document> ofKind(DocumentKind kind) {
        return documents.stream().filter(d -> d.kind() == kind).toList();
    }

    /** The document of {@code kind} with the most fields read (the one its rules judge), if any. */
    public Optional<Document> best(DocumentKind kind) {
        return documents.stream().filter(d -> d.kind() == kind)
                .max((a, b) -> Integer.compare(a.fields().size(), b.fields().size()));
    }

    /** The licence or institution certificate the rules judge: the first one with the most fields read. */
    public Optional<Document> certificate() {
        return documents.stream().filter(d -> d.kind().isCertificate())
                .max((a, b) -> Integer.compare(a.fields().size(), b.fields().size()));
    }
}
