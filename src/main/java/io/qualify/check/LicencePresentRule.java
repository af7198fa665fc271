package io.qualify.check;

import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import java.util.List;
import java.util.Map;

/**
 * R1: a business licence, or for public units an institution certificate, is in the submission. When
 * none was recognised but a file could not be recognised because it was read too poorly to tell what
 * it is (a blurred photo), that file may be the licence: a person looks (LOW_CONFIDENCE) instead of
 * the submission being refused for a licence it may well hold.
 */
public final class LicencePresentRule implements Rule {

    private final double confidenceFloor;

    /** @param confidenceFloor an unrecognised file read below this may be a licence nobody could read */
    public LicencePresentRule(double confidenceFloor) {
        this.confidenceFloor = confidenceFloor;
    }

    @Override
    public List<Finding> check(Review review) {
        if (review.certificate().isPresent()) {
            return List.of();
        }
        List<String> unclear = review.documents().stream()
                .filter(d -> d.readable() && d.kind() == DocumentKind.UNKNOWN && d.ocrConfidence() < confidenceFloor)
                .map(Document::file).toList();
        if (!unclear.isEmpty()) {
            return List.of(Finding.of(FindingCode.LOW_CONFIDENCE, unclear, Map.of("licence", "not recognised")).variant("licence-unclear"));
        }
        return List.of(Finding.of(FindingCode.LICENCE_MISSING, List.of()));
    }
}
