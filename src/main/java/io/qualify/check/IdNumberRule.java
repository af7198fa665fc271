package io.qualify.check;

import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.Field;
import io.qualify.document.FieldNames;
import io.qualify.text.IdNumbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * R9, the number: the ID card's 公民身份号码 passes GB 11643-1999 (17 digits and a check character, a
 * province that exists, a birth date that is a date) and agrees with the card's own 出生 and 性别 when
 * those were read clearly (出生 alike by two readings of the card). The front is judged; a handheld photo only when no front gave a number.
 * A refusal needs the number read by two readings that agree ({@code idNumberAgreed}), two models at
 * least half the floor sure, or the same failing number typed in the form or printed in the letter: one
 * misread digit breaks the check character, so a failing number read once goes to a person.
 */
public final class IdNumberRule implements Rule {

    private final double confidenceFloor;

    public IdNumberRule(double confidenceFloor) {
        this.confidenceFloor = confidenceFloor;
    }

    @Override
    public List<Finding> check(Review review) {
        Optional<Document> card = withNumber(review, DocumentKind.ID_CARD_FRONT)
                .or(() -> withNumber(review, DocumentKind.ID_CARD_HANDHELD));
        if (card.isEmpty()) {
            return review.ofKind(DocumentKind.ID_CARD_FRONT).stream().findFirst()
                    .map(d -> List.of(Finding.of(FindingCode.LOW_CONFIDENCE, List.of(d.file()), Map.of("fields", List.of("idNumber")))
                            .variant("id-number-unread")))
                    .orElse(List.of());
        }
        Document d = card.get();
        Field number = d.fields().get(FieldNames.ID_NUMBER);
        List<String> problems = new ArrayList<>(IdNumbers.problems(number.value(), review.reviewDate()));
        String writtenElsewhere = problems.isEmpty() ? null : writtenElsewhere(review, number.value());
        if (problems.isEmpty()) {
            problems.addAll(disagreements(d, number.value()));
        }
        if (problems.isEmpty()) {
            return List.of();
        }
        // masked here whatever its length: free-text masking knows only 18-character numbers
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("idNumber", IdNumbers.mask(number.value()));
        evidence.put("problems", problems);
        evidence.put("confidence", number.confidence());
        if (writtenElsewhere != null) {
            evidence.put("sameNumberIn", writtenElsewhere);
        }
        boolean agreed = d.evidence().card().readings().numberAgreed() || writtenElsewhere != null;
        boolean sure = number.confidence() >= confidenceFloor / 2 && agreed;
        return List.of(sure ? Finding.of(FindingCode.ID_NUMBER_INVALID, List.of(d.file()), evidence)
                : Finding.of(FindingCode.LOW_CONFIDENCE, List.of(d.file()), evidence)
                        .variant("id-number-unsure"));
    }

    /**
     * Where else the same failing number stands, written apart from the card: typed in the form ("form")
     * or printed in the letter and read there ("letter"); null when nowhere. A misread digit of the card
     * is not typed or printed again elsewhere; the number itself is wrong. The handheld photo shows the
     * same print as the front, so its reading is no second witness.
     */
    private static String writtenElsewhere(Review review, String number) {
        if (number.equals(IdNumbers.normalize(review.application().adminIdNumber()))) {
            return "form";
        }
        boolean inLetter = review.ofKind(DocumentKind.NUMBER_APPLICATION_LETTER).stream()
                .anyMatch(l -> number.equals(IdNumbers.normalize(l.value(FieldNames.ADMIN_ID_NUMBER))));
        return inLetter ? "letter" : null;
    }

    private static Optional<Document> withNumber(Review review, DocumentKind kind) {
        return review.ofKind(kind).stream().filter(d -> d.value(FieldNames.ID_NUMBER) != null).findFirst();
    }

    /** Where a passing number contradicts the 出生 or 性别 printed beside it, each read above the floor. */
    private List<String> disagreements(Document d, String number) {
        List<String> found = new ArrayList<>();
        Field birth = d.fields().get(FieldNames.BIRTH_DATE);
        // a date is misread as easily as a digit of the number: it counts when two readings agree on it
        boolean birthConfirmed = d.evidence().card().readings().birthDateReadAlike();
        if (birth != null && birth.confidence() >= confidenceFloor && birthConfirmed
                && !IdNumbers.birthDate(number).map(Object::toString).orElse("").equals(birth.value())) {
            found.add("printedBirthDate");
        }
        Field sex = d.fields().get(FieldNames.SEX);
        if (sex != null && sex.confidence() >= confidenceFloor && !IdNumbers.sex(number).orElse("").equals(sex.value())) {
            found.add("printedSex");
        }
        return found;
    }
}
