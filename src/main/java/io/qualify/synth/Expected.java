package io.qualify.synth;

import java.util.List;
import java.util.Map;

/**
 * The content of {@code expected.json} beside a generated submission: what a correct review decides and why.
 *
 * @param decision    APPROVE, REJECT or MANUAL_REVIEW
 * @param codes       the finding codes a correct review raises (and no others, for rules R1–R16, R19)
 * @param findings    the same codes with their severities
 * @param truth       the certificate's content (licence or institution), null when there is none
 * @param scenario    the {@link Combo#name()}: a {@link Scenario} name, or two joined by +
 * @param degradation how the certificate image was degraded (empty when there is none)
 * @param documents   every file written, with its kind and content
 * @param description what the form's description holds (scenario, quoted script, whether it names the product)
 */
public record Expected(
        ExpectedDecision decision,
        List<String> codes,
        List<ExpectedFinding> findings,
        DocumentTruth truth,
        String scenario,
        Map<String, Object> degradation,
        List<GeneratedFile> documents,
        DescriptionTruth description) {
}
