package io.qualify.check;

import io.qualify.document.Application;
import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.Evidence;
import io.qualify.document.Field;
import io.qualify.document.LicenceMarks;
import io.qualify.document.Submission;
import io.qualify.document.Submission.IntakeProblem;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds documents and reviews for rule tests, so each test states only what it is about. */
final class Reviews {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final String NAME = "佛山市普居佳好建材有限公司";
    static final String CODE = "91440604MA537RKB8C";

    private Reviews() {
    }

    /** A clean licence: name, valid code, an accepted type and a legal person, all read with certainty. */
    static Map<String, Field> cleanFields() {
        Map<String, Field> fields = new HashMap<>();
        fields.put("enterpriseName", Field.certain(NAME));
        fields.put("creditCode", Field.certain(CODE));
        fields.put("enterpriseType", Field.certain("有限责任公司(自然人投资或控股)"));
        fields.put("legalPersonName", Field.certain("周志春"));
        return fields;
    }

    static Document licence(Map<String, Field> fields) {
        return licence(fields, LicenceMarks.NONE);
    }

    static Document licence(Map<String, Field> fields, LicenceMarks marks) {
        return document("licence.jpg", DocumentKind.BUSINESS_LICENCE, fields, Evidence.of(marks));
    }

    /** A one-page document read at 0.9, upright, unsealed. */
    static Document document(String file, DocumentKind kind, Map<String, Field> fields, Evidence evidence) {
        return Document.of(file, kind).pages(1).fields(fields).read("", 0.9).evidence(evidence).build();
    }

    static Document other(String file, DocumentKind kind) {
        return document(file, kind, Map.of(), Evidence.NONE);
    }

    /** {@code fields} with {@code key} set to {@code value} (or removed when value is null). */
    static Map<String, Field> with(Map<String, Field> fields, String key, Field value) {
        Map<String, Field> copy = new HashMap<>(fields);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }

    static Review review(Application application, Document... documents) {
        return review(application, List.of(), documents);
    }

    static Review review(Application application, List<IntakeProblem> problems, Document... documents) {
        Submission submission = new Submission("s1", application, List.of(), problems);
        return new Review(submission, Arrays.asList(documents), TODAY);
    }

    static Review review(Document... documents) {
        return review(Application.EMPTY, documents);
    }

    static Application form(String enterpriseName, String creditCode) {
        return new Application("A1", null, enterpriseName, creditCode, null, null, null, null, null, null);
    }

    static List<FindingCode> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }
}
