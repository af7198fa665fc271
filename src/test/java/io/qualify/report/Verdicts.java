package io.qualify.report;

import io.qualify.check.Finding;
import io.qualify.check.FindingCode;
import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.Evidence;
import io.qualify.document.Field;
import io.qualify.verdict.Verdict;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Verdicts holding personal data in every place the report shows, for the masking tests. */
final class Verdicts {

    static final String ID = "11010519491231002X";
    static final String MASKED = "110105********002X";
    static final String OTHER_ID = "330106199001011234";
    static final String OTHER_MASKED = "330106********1234";
    static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneOffset.ofHours(8));

    private Verdicts() {
    }

    static Document idCard(String file) {
        return Document.of(file, DocumentKind.ID_CARD_FRONT).pages(1).rotation(90).mirrored(true)
                .fields(Map.of("name", Field.certain("张三"), "idNumber", new Field(ID, 0.93)))
                .read("姓名张三 公民身份号码" + ID, 0.91).evidence(Evidence.of(Evidence.Reading.failed("号码 " + ID))).build();
    }

    static Finding mismatch() {
        return Finding.of(FindingCode.LETTER_ADMIN_MISMATCH, List.of("letter.jpg", "id.jpg"),
                Map.of("letter", "公函身份证号" + OTHER_ID, "card", Map.of("idNumber", ID)));
    }

    static Verdict withPersonalData() {
        return new Verdict("acme-001", "A2026-000123", List.of(mismatch()), List.of(idCard("id.jpg")), AT, "test-1", 42);
    }

    static Verdict of(List<Finding> findings, List<Document> documents) {
        return new Verdict("acme-001", "A2026-000123", findings, documents, AT, "test-1", 42);
    }
}
