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

    /** The same finding with a more specific message (the code and severity never change). */
    public Finding withMessage(String specific) {
        return new Finding(code, severity, documents, specific, advice, evidence);
    }
}
