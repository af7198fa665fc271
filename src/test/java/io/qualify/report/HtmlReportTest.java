package io.qualify.report;

import static io.qualify.report.Verdicts.ID;
import static io.qualify.report.Verdicts.MASKED;
import static io.qualify.report.Verdicts.OTHER_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.check.Finding;
import io.qualify.check.FindingCode;
import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.Field;
import io.qualify.verdict.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    @Test
    void escapes_a_script_in_a_file_name() {
        Document doc = Document.of(SCRIPT + ".jpg", DocumentKind.UNKNOWN).pages(1).read("", 0.5).build();
        Finding f = Finding.of(FindingCode.DOCUMENT_UNRECOGNISED, List.of(SCRIPT + ".jpg"));

        String html = new HtmlReport(false).page(Verdicts.of(List.of(f), List.of(doc)));

        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;.jpg");
    }

    @Test
    void escapes_the_submission_name_field_values_and_text() {
        Document doc = Document.of("a.jpg", DocumentKind.BUSINESS_LICENCE).pages(1)
                .fields(Map.of("enterpriseName", Field.certain("<b onclick='x'>公司</b>"))).read("\"" + SCRIPT, 0.9)
                .unreadable("bad & <broken>").build();
        Verdict v = new Verdict(SCRIPT, "<i>", List.of(), List.of(doc), Verdicts.AT, "v", 1);

        HtmlReport report = new HtmlReport(false);
        String page = report.page(v);
        String index = report.index(List.of(v));

        assertThat(page).doesNotContain("<script", "<b onclick", "<i>", "<broken>")
                .contains("&lt;b onclick=&#39;x&#39;&gt;公司&lt;/b&gt;", "bad &amp; &lt;broken&gt;", "&quot;&lt;script");
        assertThat(index).doesNotContain("<script").contains("&lt;script&gt;");
    }

    @Test
    void shows_the_decision_and_each_finding() {
        Finding f = Finding.of(FindingCode.ENTERPRISE_TYPE_NOT_ALLOWED, List.of("licence.jpg"));

        String html = new HtmlReport(false).page(Verdicts.of(List.of(f), List.of()));

        assertThat(html).contains("REJECT", "ENTERPRISE_TYPE_NOT_ALLOWED", f.message(), f.advice(), "licence.jpg");
    }

    @Test
    void says_so_when_there_are_no_findings() {
        String html = new HtmlReport(false).page(Verdicts.of(List.of(), List.of()));

        assertThat(html).contains("APPROVE", "No findings");
    }

    @Test
    void masks_id_numbers_in_fields_text_and_evidence_by_default() {
        String html = new HtmlReport(false).page(Verdicts.withPersonalData());

        assertThat(html).doesNotContain(ID, OTHER_ID).contains(MASKED);
    }

    @Test
    void shows_id_numbers_when_asked_to() {
        String html = new HtmlReport(true).page(Verdicts.withPersonalData());

        assertThat(html).contains(ID, OTHER_ID);
    }

    @Test
    void masks_id_numbers_in_a_message_by_default() {
        Finding f = Verdicts.mismatch().withMessage("公函身份证号" + OTHER_ID + "与身份证不一致");

        String html = new HtmlReport(false).page(Verdicts.of(List.of(f), List.of()));

        assertThat(html).doesNotContain(OTHER_ID);
    }

    @Test
    void links_each_verdict_from_the_index() {
        Verdict approved = new Verdict("acme-ok", null, List.of(), List.of(), Verdicts.AT, "v", 1);
        Verdict rejected = new Verdict("acme-bad", null, List.of(Finding.of(FindingCode.LICENCE_MISSING, List.of())),
                List.of(), Verdicts.AT, "v", 1);

        String index = new HtmlReport(false).index(List.of(approved, rejected));

        assertThat(index).contains("href='acme-ok.html'", "href='acme-bad.html'", "LICENCE_MISSING", "APPROVE", "REJECT");
    }
}
