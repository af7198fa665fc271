package io.qualify.pipeline;

import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        double personA = number(documents.get(a), "handheldScore", -1);
        double personB = number(documents.get(b), "handheldScore", -1);
        double shareA = number(documents.get(a), "cardAreaShare", 0);
        double shareB = number(documents.get(b), "cardAreaShare", 0);
        int held = -1;
        if (personA >= 0 && personB >= 0 && Math.abs(personA - personB) >= PLAINLY_MORE_PERSON) {
            held = personA > personB ? a : b;
        } else if (shareA > 0 && shareB > 0 && Math.max(shareA, shareB) >= PLAINLY_LARGER * Math.min(shareA, shareB)) {
            held = shareA < shareB ? a : b;
        }
        if (held >= 0) {
            int alone = held == a ? b : a;
            out.set(held, as(documents.get(held), DocumentKind.ID_CARD_HANDHELD, "sideBy", "smallerCard"));
            out.set(alone, as(documents.get(alone), DocumentKind.ID_CARD_FRONT, "sideBy", "largerCard"));
        } else {
            out.set(a, as(documents.get(a), documents.get(a).kind(), "sideUnsure", true));
            out.set(b, as(documents.get(b), documents.get(b).kind(), "sideUnsure", true));
        }
        return out;
    }

    private static double number(Document d, String key, double absent) {
        return d.evidence().get(key) instanceof Number n ? n.doubleValue() : absent;
    }

    private static Document as(Document d, DocumentKind kind, String key, Object value) {
        Map<String, Object> evidence = new HashMap<>(d.evidence());
        evidence.put(key, value);
        return d.toBuilder().kind(kind).evidence(evidence).build();
    }
}
