package io.qualify.check;

import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import java.util.List;
import java.util.Set;

/** The ID card photos of a review. */
final class IdDocuments {

    static final Set<DocumentKind> KINDS = Set.of(DocumentKind.ID_CARD_FRONT, DocumentKind.ID_CARD_BACK,
            DocumentKind.ID_CARD_HANDHELD);

    private IdDocuments() {
    }

    static List<Document> photos(Review review) {
        return review.documents().stream().filter(d -> KINDS.contains(d.kind())).toList();
    }
}
