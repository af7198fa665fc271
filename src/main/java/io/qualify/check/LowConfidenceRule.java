package io.qualify.check;

import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.Field;
import io.qualify.text.EnterpriseTypes;
import io.qualify.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * R17: the licence fields the decision rests on (名称, the code) were read clearly. A field that is
 * missing or read below the confidence floor is named, and a person decides instead of the pipeline.
 * The legal person is different: R3 asks only that one is printed, and no rule compares the name's
 * characters with anything, so a name read at half the floor is enough to say one is there. The
 * type (R2) counts as unclear when what was read is no known type, or when a new-style licence (one
 * with a credit code) yields no type at all and no sole-trader mark either: such a licence always
 * prints one, and an unread type may be a refused one.
 */
public final class LowConfidenceRule implements Rule {

    private final double confidenceFloor;

    public LowConfidenceRule(double confidenceFloor) {
        this.confidenceFloor = confidenceFloor;
    }

    @Override
    public List<Finding> check(Review review) {
        return review.certificate().map(this::unclear)
                .filter(fields -> !fields.isEmpty())
                .map(fields -> List.of(Finding.of(FindingCode.LOW_CONFIDENCE,
                        List.of(review.certificate().get().file()), Map.of("fields", fields))))
                .orElse(List.of());
    }

    private List<String> unclear(Document certificate) {
        List<String> unclear = new ArrayList<>();
        check(certificate, "enterpriseName", unclear);
        if (certificate.fields().containsKey("creditCode") || !certificate.fields().containsKey("registrationNumber")) {
            check(certificate, "creditCode", unclear);
        } else {
            check(certificate, "registrationNumber", unclear);
        }
        if (typeUnclear(certificate)) {
            unclear.add("enterpriseType");
        }
        Field person = certificate.fields().get("legalPersonName");
        boolean personUnjudged = person == null && !unclear.isEmpty();
        if (personUnjudged || person != null && person.confidence() < confidenceFloor / 2) {
            unclear.add("legalPersonName");
        }
        return unclear;
    }

    private static boolean typeUnclear(Document certificate) {
        if (certificate.kind() != DocumentKind.BUSINESS_LICENCE) {
            return false;
        }
        String type = certificate.value("enterpriseType");
        if (type != null) {
            return !EnterpriseTypes.KNOWN.contains(Texts.normalize(type));
        }
        boolean soleTrader = certificate.value("compositionForm") != null || certificate.evidence().containsKey("soleTraderMark");
        return certificate.value("creditCode") != null && !soleTrader;
    }

    private void check(Document certificate, String name, List<String> unclear) {
        Field field = certificate.fields().get(name);
        if (field == null || field.confidence() < confidenceFloor) {
            unclear.add(name);
        }
    }
}
