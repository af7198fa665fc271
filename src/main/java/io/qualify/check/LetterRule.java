package io.qualify.check;

import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.FieldNames;
import io.qualify.document.SignOff;
import io.qualify.document.SignOff.Part;
import io.qualify.document.SignOff.State;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * R10: the number-application letter is present and its sign-off carries the administrator's name,
 * the administrator's ID number, a date and the company seal; each missing part is its own finding.
 * A part is missing only when it is positively so: the letter is born digital, or its label stood blank
 * or the letter was read well and the sign-off line beside the part was read, and the sign-off holds no
 * print that no reading took in ({@code signOffInkUnread}). Otherwise a part not found may be a part
 * not read (under the seal, in a shadow, blurred), and a person looks.
 */
public final class LetterRule implements Rule {

    private final double confidenceFloor;

    /** @param confidenceFloor a letter read below this may hold what was not found */
    public LetterRule(double confidenceFloor) {
        this.confidenceFloor = confidenceFloor;
    }

    @Override
    public List<Finding> check(Review review) {
        return review.best(DocumentKind.NUMBER_APPLICATION_LETTER).map(this::parts)
                .orElseGet(() -> List.of(Finding.of(FindingCode.LETTER_MISSING, List.of())));
    }

    private List<Finding> parts(Document letter) {
        List<Finding> findings = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        part(letter, FieldNames.ADMIN_NAME, Part.ADMIN_NAME, Part.ADMIN_ID, FindingCode.LETTER_ADMIN_NAME_MISSING, findings,
                unread);
        part(letter, FieldNames.ADMIN_ID_NUMBER, Part.ADMIN_ID, Part.ADMIN_NAME, FindingCode.LETTER_ADMIN_ID_MISSING, findings,
                unread);
        part(letter, FieldNames.DATE, Part.DATE, Part.UNIT, FindingCode.LETTER_DATE_MISSING, findings, unread);
        if (!unread.isEmpty()) {
            findings.add(Finding.of(FindingCode.LOW_CONFIDENCE, List.of(letter.file()),
                    Map.of("fields", unread, "ocrConfidence", letter.ocrConfidence()))
                    .variant("sign-off-unread"));
        }
        Seals.required(letter, FindingCode.LETTER_SEAL_MISSING, "letter-seal-unsure")
                .ifPresent(findings::add);
        return findings;
    }

    /**
     * @param label  the part whose label says whether it was left blank
     * @param beside the sign-off part next to it: when that was read, the part was left out rather than
     *               lost (a seal over it, a shadow)
     */
    private void part(Document letter, String field, Part label, Part beside, FindingCode missing,
            List<Finding> findings, List<String> unread) {
        if (letter.value(field) != null) {
            return;
        }
        SignOff signOff = letter.evidence().signOff();
        boolean blank = signOff.state(label) == State.BLANK;
        boolean textLayer = letter.evidence().reading().textLayer();
        boolean neighbourRead = signOff.state(beside) == State.SEEN && letter.ocrConfidence() >= confidenceFloor;
        boolean unreadable = signOff.state(label) == State.UNREADABLE;
        // print in the sign-off that no reading took in may be the part itself, under the seal or a shadow
        boolean inkUnread = signOff.inkMayBeUnread();
        if (textLayer || (blank || neighbourRead && !unreadable) && !inkUnread) {
            findings.add(Finding.of(missing, List.of(letter.file()), Map.of("field", field, "labelLeftBlank", blank)));
        } else {
            unread.add(field);
        }
    }
}
