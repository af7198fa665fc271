package io.qualify.check;

import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.Field;
import io.qualify.document.FieldNames;
import io.qualify.text.EnterpriseTypes;
import io.qualify.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * R17: the licence fields the decision rests on (名称, the code) were read clearly. A field that is
 * missing or read below the confidence floor is named, and a person decides instead of the pipeline.
 * The legal person is different: R3 asks only that one is printed, and no rule compares the name's
 * characters with anything, so a name read at half the floor is enough to say one is there, and so is
 * one read lower that agrees with the form's legal person up to look-alikes (王子 for 谭子). The
 * type (R2) counts as unclear when what was read is no known type, or when a new-style licence (one
 * with a credit code) yields no type at all and no sole-trader mark either: such a licence always
 * prints one, and an unread type may be a refused one.
 */
public final class LowConfidenceRule implements Rule {

    private final double confidenceFloor;
    private final LookAlikes lookAlikes;

    public LowConfidenceRule(double confidenceFloor) {
        this(confidenceFloor, LookAlikes.shipped());
    }

    LowConfidenceRule(double confidenceFloor, LookAlikes lookAlikes) {
        this.confidenceFloor = confidenceFloor;
        this.lookAlikes = lookAlikes;
    }

    @Override
    public List<Finding> check(Review review) {
        String typedPerson = Texts.normalize(review.application().legalPersonName());
        return review.certificate().map(d -> unclear(d, typedPerson))
                .filter(fields -> !fields.isEmpty())
                .map(fields -> List.of(Finding.of(FindingCode.LOW_CONFIDENCE,
                        List.of(review.certificate().get().file()), Map.of("fields", fields))))
                .orElse(List.of());
    }

    private List<String> unclear(Document certificate, String typedPerson) {
        List<String> unclear = new ArrayList<>();
        check(certificate, FieldNames.ENTERPRISE_NAME, unclear);
        if (certificate.fields().containsKey(FieldNames.CREDIT_CODE)
                || !certificate.fields().containsKey(FieldNames.REGISTRATION_NUMBER)) {
            check(certificate, FieldNames.CREDIT_CODE, unclear);
        } else {
            check(certificate, FieldNames.REGISTRATION_NUMBER, unclear);
        }
        if (typeUnclear(certificate)) {
            unclear.add(FieldNames.ENTERPRISE_TYPE);
        }
        Field person = certificate.fields().get(FieldNames.LEGAL_PERSON_NAME);
        boolean personUnjudged = person == null && !unclear.isEmpty();
        boolean personUnsure = person != null && person.confidence() < confidenceFloor / 2
                && !lookAlikes.agree(Texts.normalize(person.value()), typedPerson);
        if (personUnjudged || personUnsure) {
            unclear.add(FieldNames.LEGAL_PERSON_NAME);
        }
        return unclear;
    }

    private static boolean typeUnclear(Document certificate) {
        if (certificate.kind() != DocumentKind.BUSINESS_LICENCE) {
            return false;
        }
        String type = certificate.value(FieldNames.ENTERPRISE_TYPE);
        if (type != null) {
            return !EnterpriseTypes.KNOWN.contains(Texts.normalize(type));
        }
        boolean soleTrader = certificate.value(FieldNames.COMPOSITION_FORM) != null || certificate.evidence().licence().soleTraderMark() != null;
        return certificate.value(FieldNames.CREDIT_CODE) != null && !soleTrader;
    }

    private void check(Document certificate, String name, List<String> unclear) {
        Field field = certificate.fields().get(name);
        if (field == null || field.confidence() < confidenceFloor) {
            unclear.add(name);
        }
    }
}
