package io.qualify.check;

import io.qualify.document.Document;
import io.qualify.document.Sealing;
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
        Sealing sealing = document.evidence().sealing();
        boolean farFromSignOff = Boolean.FALSE.equals(sealing.nearSignOff());
        if (document.sealDetected() && !farFromSignOff) {
            return Optional.empty();
        }
        Map<String, Object> evidence = Map.of("sealDetected", document.sealDetected(),
                "seals", sealing.rendered());
        if (farFromSignOff) {
            return Optional.of(Finding.of(FindingCode.LOW_CONFIDENCE, List.of(document.file()), evidence)
                    .variant(unsureVariant));
        }
        return Optional.of(Finding.of(missing, List.of(document.file()), evidence));
    }
}
