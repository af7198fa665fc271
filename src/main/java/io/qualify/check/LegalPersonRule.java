package io.qualify.check;

import io.qualify.document.Document;
import io.qualify.document.Field;
import io.qualify.document.FieldNames;
import io.qualify.text.Texts;
import java.util.List;
import java.util.Map;

/**
 * R3: the licence (or certificate) names its legal representative (法定代表人 / 负责人 / 经营者…).
 * Only a licence read clearly (its name and code above the confidence floor, and its name read near the
 * one the form types) can be said to lack one; on a poorly read licence a missing name may be the OCR's,
 * and R17 sends it to a person. A name read far from the typed one on a licence whose code matches is
 * a page read garbled (仁民管理()有限公司 for 策仁供应链管理(深圳)有限公司 on a blurred photo, its faint
 * 秦志 lost beside the label), however sure the reader was on average. (A
 * printed label with a blank beside it is a missing person: licences with the field left empty are
 * what R3 is for, so a label read with nothing after it is no reason to doubt.) A row is missing only
 * when positively so: characters read after the label that make no name, or, when not even the label
 * was read, unread print in the column of labels ({@code legalPersonRowUnread}, from
 * {@code LabelColumnInk}) are a row the reader lost, for a person.
 */
public final class LegalPersonRule implements Rule {

    /** Edits a name read well may still differ by from the typed one. */
    private static final int NEAR = 2;

    private final double confidenceFloor;

    public LegalPersonRule(double confidenceFloor) {
        this.confidenceFloor = confidenceFloor;
    }

    @Override
    public List<Finding> check(Review review) {
        String typedName = Texts.normalize(review.application().enterpriseName());
        return review.certificate()
                .filter(d -> d.value(FieldNames.LEGAL_PERSON_NAME) == null && readClearly(d, typedName))
                .map(d -> List.of(Boolean.TRUE.equals(d.evidence().licence().legalPersonRowUnread())
                        ? Finding.of(FindingCode.LOW_CONFIDENCE, List.of(d.file()), Map.of("fields", List.of("legalPersonName"),
                                "legalPersonRowUnread", true)).variant("legal-person-row-unread")
                        : Finding.of(FindingCode.LEGAL_PERSON_MISSING, List.of(d.file()))))
                .orElse(List.of());
    }

    private boolean readClearly(Document d, String typedName) {
        Field code = d.fields().getOrDefault(FieldNames.CREDIT_CODE, d.fields().get(FieldNames.REGISTRATION_NUMBER));
        Field name = d.fields().get(FieldNames.ENTERPRISE_NAME);
        return name != null && code != null && name.confidence() >= confidenceFloor && code.confidence() >= confidenceFloor
                && (typedName.isEmpty() || nearName(Texts.normalize(name.value()), typedName));
    }

    /**
     * Whether the name read is the typed one give or take a few characters: a quarter of them, at least
     * two (a name typed with another trade word, 科技 for 贸易, or legal form, is still this licence read well).
     */
    private static boolean nearName(String read, String typed) {
        return Texts.distance(read, typed) <= Math.max(NEAR, typed.length() / 4);
    }
}
