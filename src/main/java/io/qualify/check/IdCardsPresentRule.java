package io.qualify.check;

import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * R6: the administrator's ID card front (人像面), back (国徽面) and a photo of the administrator holding
 * the card (手持身份证) are all present. Each photo counts once, as the kind it was read as: two fronts
 * and no back lack a back, and a handheld photo is the handheld, not the front. When a side is missing
 * but a photo could not be recognised because it showed a card that could not be read (a card found,
 * no side told) or was read too poorly to tell what it shows (below the confidence floor), that photo
 * may be the missing side: a person looks (LOW_CONFIDENCE) instead of the submission being refused. So
 * with a missing handheld photo or front when two photos of the front could not be told apart
 * ({@code sideUnsure}): one of them may be the missing one.
 */
public final class IdCardsPresentRule implements Rule {

    private static final Map<DocumentKind, FindingCode> REQUIRED = Map.of(
            DocumentKind.ID_CARD_FRONT, FindingCode.ID_CARD_FRONT_MISSING,
            DocumentKind.ID_CARD_BACK, FindingCode.ID_CARD_BACK_MISSING,
            DocumentKind.ID_CARD_HANDHELD, FindingCode.ID_HANDHELD_MISSING);

    private final double confidenceFloor;

    /** @param confidenceFloor an unrecognised photo read below this may be the missing side */
    public IdCardsPresentRule(double confidenceFloor) {
        this.confidenceFloor = confidenceFloor;
    }

    @Override
    public List<Finding> check(Review review) {
        List<String> unreadCards = review.documents().stream()
                .filter(d -> d.readable() && d.kind() == DocumentKind.UNKNOWN
                        && (d.evidence().card().seenUnread() || d.ocrConfidence() < confidenceFloor))
                .map(Document::file).toList();
        List<Finding> findings = new ArrayList<>();
        for (DocumentKind kind : List.of(DocumentKind.ID_CARD_FRONT, DocumentKind.ID_CARD_BACK, DocumentKind.ID_CARD_HANDHELD)) {
            if (!review.ofKind(kind).isEmpty()) {
                continue;
            }
            List<String> standIns = kind == DocumentKind.ID_CARD_BACK ? List.of() : sideUnsure(review);
            if (!standIns.isEmpty()) {
                findings.add(Finding.of(FindingCode.LOW_CONFIDENCE, standIns, Map.of("missing", kind.name()))
                        .variant("sides-alike." + kind.name()));
            } else if (unreadCards.isEmpty()) {
                findings.add(Finding.of(REQUIRED.get(kind), List.of()));
            } else {
                findings.add(Finding.of(FindingCode.LOW_CONFIDENCE, unreadCards, Map.of("missing", kind.name()))
                        .variant("card-unclear." + kind.name()));
            }
        }
        return findings;
    }

    /** The photos of the front that could not be told apart as handheld or alone. */
    private static List<String> sideUnsure(Review review) {
        return review.documents().stream().filter(d -> d.evidence().card().sides().unsure())
                .map(Document::file).toList();
    }
}
