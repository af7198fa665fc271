package io.qualify.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.qualify.check.Finding;
import io.qualify.document.Document;
import io.qualify.document.Field;
import io.qualify.document.FieldNames;
import io.qualify.text.IdNumbers;
import io.qualify.verdict.Verdict;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The verdict as SPEC.md §4 JSON. Resident ID numbers are masked everywhere (fields, evidence,
 * messages) unless {@code showPii}; extra fields beyond the SPEC are added, none renamed.
 */
public final class VerdictJson {

    private static final DateTimeFormatter ISO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final Set<String> ID_FIELDS = Set.of(FieldNames.ID_NUMBER, FieldNames.ADMIN_ID_NUMBER);
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final boolean showPii;

    public VerdictJson(boolean showPii) {
        this.showPii = showPii;
    }

    /** One line of JSON (for JSON Lines output and the store). */
    public String line(Verdict verdict) {
        try {
            return MAPPER.writeValueAsString(tree(verdict));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("verdict could not be written as JSON", e);
        }
    }

    public String pretty(Verdict verdict) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(verdict));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("verdict could not be written as JSON", e);
        }
    }

    public Map<String, Object> tree(Verdict verdict) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("submission", verdict.submission());
        out.put("applicationId", verdict.applicationId());
        out.put("decision", verdict.decision().name());
        out.put("findings", verdict.findings().stream().map(this::finding).toList());
        out.put("documents", verdict.documents().stream().map(this::document).toList());
        out.put("reviewedAt", ISO_SECONDS.format(verdict.reviewedAt()));
        out.put("pipelineVersion", verdict.pipelineVersion());
        out.put("elapsedMillis", verdict.elapsedMillis());
        return out;
    }

    private Map<String, Object> finding(Finding f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", f.code().name());
        out.put("severity", f.severity().name());
        out.put("documents", f.documents());
        out.put("message", mask(f.message()));
        out.put("advice", mask(f.advice()));
        out.put("evidence", mask(new TreeMap<>(f.evidence())));
        return out;
    }

    private Map<String, Object> document(Document d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", d.file());
        out.put("kind", d.kind().name());
        out.put("pages", d.pages());
        out.put("rotation", d.rotation());
        out.put("mirrored", d.mirrored());
        out.put("sealDetected", d.sealDetected());
        Map<String, Object> fields = new TreeMap<>();
        Map<String, Object> confidence = new TreeMap<>();
        for (Map.Entry<String, Field> e : d.fields().entrySet()) {
            String value = e.getValue().value();
            fields.put(e.getKey(), ID_FIELDS.contains(e.getKey()) && !showPii ? IdNumbers.mask(value) : value);
            confidence.put(e.getKey(), Math.round(e.getValue().confidence() * 100) / 100.0);
        }
        out.put("fields", mask(fields));
        out.put("fieldConfidence", confidence);
        out.put("ocrConfidence", Math.round(d.ocrConfidence() * 100) / 100.0);
        if (!d.readable()) {
            out.put("unreadable", d.unreadable());
        }
        out.put("evidence", mask(new TreeMap<>(d.evidence().toMap())));
        return out;
    }

    @SuppressWarnings("unchecked")
    private <T> T mask(T value) {
        if (showPii) {
            return value;
        }
        if (value instanceof String s) {
            return (T) IdNumbers.maskAll(s);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, mask(v)));
            return (T) out;
        }
        if (value instanceof List<?> list) {
            return (T) list.stream().map(this::mask).toList();
        }
        return value;
    }
}
