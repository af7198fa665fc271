package io.qualify.pipeline;

import io.qualify.document.CardEvidence.Sides;
import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.Evidence;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells the handheld photo from the card photographed alone within one submission. Each photo is
 * judged on its own first (a person around a small card); when two photos of the front come out the
 * same, they are compared: the one with plainly more sign of a person around the card (skin, a face:
 * {@code handheldScore}) is the handheld; failing that, the one whose card covers plainly the smaller
 * share of its photo, for a card held up beside a face is smaller in its photo than the card
 * photographed for itself. Otherwise both are marked {@code sideUnsure}, for R6 to send to a person.
 */
final class IdSides {

    /** The larger card must cover at least this many times the smaller's share to tell them apart. */
    private static final double PLAINLY_LARGER = 1.5;
    /** One scene score must lead the other by this much to tell them apart. */
    private static final double PLAINLY_MORE_PERSON = 0.1;

    private IdSides() {
    }

    static List<Document> reconcile(List<Document> documents) {
        List<Integer> fronts = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            DocumentKind k = documents.get(i).kind();
            if (k == DocumentKind.ID_CARD_FRONT || k == DocumentKind.ID_CARD_HANDHELD) {
                fronts.add(i);
            }
        }
        if (fronts.size() != 2 || documents.get(fronts.get(0)).kind() != documents.get(fronts.get(1)).kind()) {
            return documents;
        }
        List<Document> out = new ArrayList<>(documents);
        int a = fronts.get(0);
        int b = fronts.get(1);
        double personA = person(documents.get(a));
        double personB = person(documents.get(b));
        double shareA = documents.get(a).evidence().card().areaShare();
        double shareB = documents.get(b).evidence().card().areaShare();
        int held = -1;
        if (personA >= 0 && personB >= 0 && Math.abs(personA - personB) >= PLAINLY_MORE_PERSON) {
            held = personA > personB ? a : b;
        } else if (shareA > 0 && shareB > 0 && Math.max(shareA, shareB) >= PLAINLY_LARGER * Math.min(shareA, shareB)) {
            held = shareA < shareB ? a : b;
        }
        if (held >= 0) {
            int alone = held == a ? b : a;
            out.set(held, as(documents.get(held), DocumentKind.ID_CARD_HANDHELD, new Sides(Sides.By.SMALLER_CARD, false)));
            out.set(alone, as(documents.get(alone), DocumentKind.ID_CARD_FRONT, new Sides(Sides.By.LARGER_CARD, false)));
        } else {
            out.set(a, as(documents.get(a), documents.get(a).kind(), new Sides(null, true)));
            out.set(b, as(documents.get(b), documents.get(b).kind(), new Sides(null, true)));
        }
        return out;
    }

    /** How like a person holding it the photo's scene looked; -1 when not judged. */
    private static double person(Document d) {
        Double score = d.evidence().card().handheldScore();
        return score == null ? -1 : score;
    }

    private static Document as(Document d, DocumentKind kind, Sides sides) {
        Evidence evidence = d.evidence();
        return d.toBuilder().kind(kind).evidence(evidence.with(evidence.card().with(sides))).build();
    }
}
