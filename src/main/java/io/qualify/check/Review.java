package io.qualify.check;

import io.qualify.document.Application;
import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.FieldNames;
import io.qualify.document.Submission;
import io.qualify.text.Texts;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /**
     * The enterprise's name as read on its certificate and as typed in the form, normalised
     * ({@link Texts#normalize}), the read one first; empty when neither is known.
     */
    public Set<String> enterpriseNames() {
        Set<String> names = new LinkedHashSet<>();
        certificate().map(c -> c.value(FieldNames.ENTERPRISE_NAME)).map(Texts::normalize).ifPresent(names::add);
        names.add(Texts.normalize(application().enterpriseName()));
        names.remove("");
        return names;
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
