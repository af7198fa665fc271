package io.qualify.check;

import java.util.List;
import java.util.Map;

/** One thing a rule found: stable code and severity, the applicant's sentence, advice, and evidence. */
public record Finding(FindingCode code, Severity severity, List<String> documents, String message, String advice,
                      Map<String, Object> evidence) {

    public Finding {
        documents = List.copyOf(documents);
        evidence = Map.copyOf(evidence);
    }

    public static Finding of(FindingCode code, List<String> documents, Map<String, Object> evidence) {
        return new Finding(code, code.severity(), documents, code.message(), code.advice(), evidence);
    }

    public static Finding of(FindingCode code, List<String> documents) {
        return of(code, documents, Map.of());
    }

    /**
     * The same finding with the catalogue's more specific sentence {@code CODE.name} in place of the
     * code's own ({@link FindingTexts}); the code, severity and advice never change.
     */
    public Finding variant(String name) {
        return withMessage(FindingTexts.text(code.name() + "." + name));
    }

    /**
     * The same finding with another message. Rules take theirs from the catalogue ({@link #variant});
     * this is for what a finding is rendered with (a message carrying an ID number to be masked).
     */
    public Finding withMessage(String specific) {
        return new Finding(code, severity, documents, specific, advice, evidence);
    }
}
