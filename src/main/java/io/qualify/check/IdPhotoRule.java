package io.qualify.check;

import io.qualify.document.CardEvidence;
import io.qualify.document.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * R7 and R8: an ID photo shows the card the right way up and is not a front-camera selfie. A card
 * turned by 90° is fine (a phone that lost its EXIF; the pipeline rights it); a card whose top points
 * down in the photo as taken is held upside down. A selfie mirrors the card, so its text reads right
 * to left. The reader says how sure it is of each (the card evidence's stance): a decision it is unsure
 * of goes to a person, never to a refusal.
 */
public final class IdPhotoRule implements Rule {

    @Override
    public List<Finding> check(Review review) {
        List<Finding> findings = new ArrayList<>();
        for (Document d : IdDocuments.photos(review)) {
            CardEvidence card = d.evidence().card();
            if (d.rotation() == 180) {
                findings.add(card.turnSure()
                        ? Finding.of(FindingCode.ID_CARD_UPSIDE_DOWN, List.of(d.file()), evidence(d, card.renderTurn()))
                        : unsure(d, card.renderTurn(), "card-turn-unsure"));
            }
            if (d.mirrored()) {
                findings.add(card.mirrorSure()
                        ? Finding.of(FindingCode.ID_PHOTO_MIRRORED, List.of(d.file()), evidence(d, card.renderMirror()))
                        : unsure(d, card.renderMirror(), "mirror-unsure"));
            }
        }
        return findings;
    }

    private static Map<String, Object> evidence(Document d, Map<String, Object> card) {
        Map<String, Object> evidence = new TreeMap<>(card);
        evidence.put("rotation", d.rotation());
        evidence.put("mirrored", d.mirrored());
        return evidence;
    }

    private static Finding unsure(Document d, Map<String, Object> card, String variant) {
        return Finding.of(FindingCode.LOW_CONFIDENCE, List.of(d.file()), evidence(d, card)).variant(variant);
    }
}
