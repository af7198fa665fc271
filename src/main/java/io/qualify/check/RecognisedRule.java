package io.qualify.check;

import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import java.util.List;
import java.util.Map;

/** R16: every readable file is one of the known kinds; the rest are named for a person to look at. */
public final class RecognisedRule implements Rule {

    @Override
    public List<Finding> check(Review review) {
        return review.documents().stream()
                .filter(d -> d.readable() && d.kind() == DocumentKind.UNKNOWN)
                .map(d -> Finding.of(FindingCode.DOCUMENT_UNRECOGNISED, List.of(d.file()),
                        Map.of("ocrConfidence", Math.round(d.ocrConfidence() * 100) / 100.0)))
                .toList();
    }
}
