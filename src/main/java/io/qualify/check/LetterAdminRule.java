package io.qualify.check;

import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.Field;
import io.qualify.document.FieldNames;
import io.qualify.text.IdNumbers;
import io.qualify.text.Texts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * R11: the administrator in the letter is the person on the ID card and the one typed in the form.
 * The number decides: a letter's number that passes its check character and differs from the card's
 * or the form's in four places or more is another person's (the card's number counts only when two
 * readings of it agreed). One that fails its check, or passes it but differs in a place or three (a
 * misreading passes the check one time in eleven), was probably misread, and goes to a person unless it
 * differs almost everywhere. Names are compared with the form's, up to look-alikes; a name that differs
 * where the number agrees or was doubted was misread (a label's remnant, a photo's blur, a seal), and a
 * card's name is read too poorly to refuse on: both go to a person.
 */
public final class LetterAdminRule implements Rule {

    /** A failing number that differs from the card's in at least this many places is another number. */
    private static final int MANY_PLACES = 5;
    /**
     * A number that passes its check is another person's only when it differs in at least this many places:
     * a misreading passes the check one time in eleven, and two people's numbers differ in their birth date
     * and sequence, not in a digit or two.
     */
    private static final int FEW_PLACES = 4;

    private final double confidenceFloor;
    private final LookAlikes lookAlikes;

    public LetterAdminRule(double confidenceFloor) {
        this(confidenceFloor, LookAlikes.shipped());
    }

    LetterAdminRule(double confidenceFloor, LookAlikes lookAlikes) {
        this.confidenceFloor = confidenceFloor;
        this.lookAlikes = lookAlikes;
    }

    @Override
    public List<Finding> check(Review review) {
        Optional<Document> letter = review.best(DocumentKind.NUMBER_APPLICATION_LETTER);
        if (letter.isEmpty()) {
            return List.of();
        }
        Map<String, Object> mismatches = new LinkedHashMap<>();
        Map<String, Object> doubts = new LinkedHashMap<>();
        Optional<Document> card = card(review);
        compareNumber(letter.get().fields().get(FieldNames.ADMIN_ID_NUMBER), review.application().adminIdNumber(), "form",
                mismatches, doubts);
        card.ifPresent(c -> compareNumber(letter.get().fields().get(FieldNames.ADMIN_ID_NUMBER), c.value(FieldNames.ID_NUMBER), "idCard",
                mismatches, doubts));
        boolean numberAgrees = numberAgrees(letter.get().value(FieldNames.ADMIN_ID_NUMBER), review, card);
        boolean numberDoubted = doubts.keySet().stream().anyMatch(k -> k.startsWith("adminIdNumber"));
        compareName(letter.get().fields().get(FieldNames.ADMIN_NAME), review.application().adminName(), card,
                numberAgrees || numberDoubted ? doubts : mismatches, doubts);
        List<String> files = new ArrayList<>(List.of(letter.get().file()));
        card.ifPresent(c -> files.add(c.file()));
        if (!mismatches.isEmpty()) {
            return List.of(Finding.of(FindingCode.LETTER_ADMIN_MISMATCH, files, mismatches));
        }
        return doubts.isEmpty() ? List.of() : List.of(Finding.of(FindingCode.LOW_CONFIDENCE, files, doubts)
                .variant("letter-admin-unsure"));
    }

    private static Optional<Document> card(Review review) {
        return review.best(DocumentKind.ID_CARD_FRONT).or(() -> review.best(DocumentKind.ID_CARD_HANDHELD))
                .filter(c -> c.value(FieldNames.ID_NUMBER) != null && IdNumbers.isValid(c.value(FieldNames.ID_NUMBER))
                        && c.evidence().card().readings().numberAgreed());
    }

    private void compareNumber(Field read, String other, String source, Map<String, Object> mismatches,
            Map<String, Object> doubts) {
        String wanted = IdNumbers.normalize(other);
        if (read == null || wanted.isEmpty() || read.value().equals(wanted)) {
            return;
        }
        String key = "adminIdNumber/" + source;
        Object evidence = Map.of("letter", IdNumbers.mask(read.value()), source, IdNumbers.mask(wanted));
        int places = places(read.value(), wanted);
        boolean sure = read.confidence() >= confidenceFloor
                && (IdNumbers.isValid(read.value()) && places >= FEW_PLACES || places >= MANY_PLACES);
        (sure ? mismatches : doubts).put(key, evidence);
    }

    private void compareName(Field read, String typed, Optional<Document> card, Map<String, Object> mismatches,
            Map<String, Object> doubts) {
        if (read == null) {
            return;
        }
        String name = Texts.normalize(read.value());
        String form = Texts.normalize(typed);
        if (!form.isEmpty()) {
            if (!name.equals(form) && !lookAlikes.agree(name, form)) {
                (read.confidence() >= confidenceFloor ? mismatches : doubts)
                        .put("adminName/form", Map.of("letter", name, "form", form));
            }
            return;
        }
        String onCard = card.map(c -> Texts.normalize(c.value(FieldNames.NAME))).orElse("");
        if (!onCard.isEmpty() && !name.equals(onCard) && !lookAlikes.agree(name, onCard)) {
            doubts.put("adminName/idCard", Map.of("letter", name, "idCard", onCard));
        }
    }

    /** Whether the letter's number is the form's or the card's: then a differing name is a misreading. */
    private static boolean numberAgrees(String number, Review review, Optional<Document> card) {
        return number != null && (number.equals(IdNumbers.normalize(review.application().adminIdNumber()))
                || card.map(c -> number.equals(c.value(FieldNames.ID_NUMBER))).orElse(false));
    }

    /** In how many places two numbers differ (a length difference counts every place after it). */
    private static int places(String a, String b) {
        int differ = Math.abs(a.length() - b.length());
        for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
            differ += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return differ;
    }
}
