package io.qualify.check;

import io.qualify.document.Document;
import io.qualify.document.Field;
import io.qualify.text.Texts;
import java.util.List;
import java.util.Map;

/**
 * R5: the enterprise name typed in the form equals the licence's 名称, compared after normalising
 * width, brackets and spaces. A difference of a character or two in a name read with less than full
 * confidence may be the OCR's, not the applicant's: that goes to a person (LOW_CONFIDENCE), never
 * to approval; unless each differing character was itself read clearly, which makes it a mismatch.
 */
public final class EnterpriseNameRule implements Rule {

    /** Below this a one- or two-character difference is treated as a possible misreading. */
    private static final double SURE = 0.97;
    /** A character read at least this sure is taken as printed when it differs from the form. */
    private static final double CLEAR_CHARACTER = 0.95;

    private final double confidenceFloor;

    /** @param confidenceFloor a name read below this is never called a mismatch: a person compares. */
    public EnterpriseNameRule(double confidenceFloor) {
        this.confidenceFloor = confidenceFloor;
    }

    @Override
    public List<Finding> check(Review review) {
        String typed = Texts.normalize(review.application().enterpriseName());
        if (typed.isEmpty()) {
            return List.of();
        }
        return review.certificate().map(d -> compare(typed, d)).orElse(List.of());
    }

    private List<Finding> compare(String typed, Document certificate) {
        Field read = certificate.fields().get("enterpriseName");
        if (read == null) {
            return List.of();
        }
        String onLicence = Texts.normalize(read.value());
        if (onLicence.equals(typed)) {
            return List.of();
        }
        Map<String, Object> evidence = Map.of("form", typed, "licence", onLicence, "confidence", read.confidence());
        int distance = Texts.distance(typed, onLicence);
        // Poor OCR garbles characters; it does not turn one company's name into a wholly different one.
        boolean couldBeMisread = read.confidence() < confidenceFloor && distance <= typed.length() / 2
                || distance <= Math.max(1, typed.length() / 6) && read.confidence() < SURE;
        if (couldBeMisread && !clearlyDifferent(read, onLicence, typed)) {
            return List.of(Finding.of(FindingCode.LOW_CONFIDENCE, List.of(certificate.file()), evidence)
                    .withMessage("营业执照上的企业名称识别不确定,需人工核对是否与填写的名称一致"));
        }
        return List.of(Finding.of(FindingCode.ENTERPRISE_NAME_MISMATCH, List.of(certificate.file()), evidence));
    }

    /**
     * Whether every character the difference touches was itself read clearly. A name read at 0.93
     * overall may owe that to one doubtful character elsewhere; when the characters that differ from
     * the form (有限公司 against 有限责任公司, 责任 read at 0.99) are sure, the difference is printed, not
     * misread. Unknown when the reader gave no per-character confidences.
     */
    private static boolean clearlyDifferent(Field read, String onLicence, String typed) {
        if (read.characters().length != onLicence.length() || !read.value().equals(onLicence)) {
            return false;
        }
        boolean[] touched = Texts.touchedByEdits(onLicence, typed);
        for (int i = 0; i < touched.length; i++) {
            if (touched[i] && read.characterConfidence(i) < CLEAR_CHARACTER) {
                return false;
            }
        }
        return true;
    }
}
