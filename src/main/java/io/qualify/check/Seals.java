package io.qualify.check;

import io.qualify.document.Document;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The seal requirement that letters (R10) and commitments (R12) share: a company seal on the page,
 * near the sign-off. A red mark the finder was unsure of is for a person to look at, not a refusal.
 */
final class Seals {

    private Seals() {
    }

    /**
     * The finding for a document that needs a seal: none when sealed, {@code missing} or LOW_CONFIDENCE
     * (with the catalogue's sentence {@code unsureVariant}) otherwise.
     */
    static Optional<Finding> required(Document document, FindingCode missing, String unsureVariant) {
        boolean farFromSignOff = Boolean.FALSE.equals(document.evidence().get("sealNearSignOff"));
        if (document.sealDetected() && !farFromSignOff) {
            return Optional.empty();
        }
        Map<String, Object> evidence = Map.of("sealDetected", document.sealDetected(),
                "seals", document.evidence().getOrDefault("seals", List.of()));
        if (Boolean.TRUE.equals(document.evidence().get("sealUnsure")) || farFromSignOff) {
            return Optional.of(Finding.of(FindingCode.LOW_CONFIDENCE, List.of(document.file()), evidence)
                    .variant(unsureVariant));
        }
        return Optional.of(Finding.of(missing, List.of(document.file()), evidence));
    }
}
