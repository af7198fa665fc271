package io.qualify.report;

import static io.qualify.report.VerdictPageTest.count;
import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.check.Finding;
import io.qualify.check.FindingCode;
import io.qualify.verdict.Verdict;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexPageTest {

    private final Pages pages = new Pages();

    private static Verdict verdict(String name, FindingCode... codes) {
        List<Finding> findings = Arrays.stream(codes).map(c -> Finding.of(c, List.of())).toList();
        return new Verdict(name, null, findings, List.of(), Verdicts.AT, "v", 12);
    }

    @Test
    void lists_every_verdict_with_its_decision_and_codes() {
        String html = pages.index(List.of(verdict("acme-ok"),
                verdict("acme-bad", FindingCode.LICENCE_MISSING, FindingCode.LOW_CONFIDENCE),
                verdict("acme-unsure", FindingCode.LOW_CONFIDENCE)));

        assertThat(count(html, "<tr class=\"row\"")).isEqualTo(3);
        assertThat(html).contains("<a href=\"acme-ok.html\">acme-ok</a>",
                "data-decision=\"REJECT\" data-codes=\"LICENCE_MISSING LOW_CONFIDENCE\"",
                "data-decision=\"APPROVE\" data-codes=\"\"", "id=\"filter-decision\"", "id=\"filter-code\"",
                "<table id=\"verdicts\">");
    }

    @Test
    void counts_the_verdicts_of_each_code_and_decision() {
        String html = pages.index(List.of(verdict("a", FindingCode.LOW_CONFIDENCE),
                verdict("b", FindingCode.LOW_CONFIDENCE, FindingCode.LICENCE_MISSING), verdict("c")));

        assertThat(html).contains(
                "<tr data-code=\"LOW_CONFIDENCE\"><td class=\"code\">LOW_CONFIDENCE</td><td>2</td></tr>",
                "<tr data-code=\"LICENCE_MISSING\"><td class=\"code\">LICENCE_MISSING</td><td>1</td></tr>",
                "<span class=\"tag APPROVE\">APPROVE</span> 1", "<span class=\"tag REJECT\">REJECT</span> 1",
                "<span class=\"tag MANUAL_REVIEW\">MANUAL_REVIEW</span> 1");
    }

    @Test
    void links_names_as_file_names_whatever_they_hold() {
        String html = pages.index(List.of(verdict("acme #1 云"), verdict("javascript:alert(1)//"),
                verdict("<b>x</b>")));

        assertThat(html).contains("href=\"acme%20%231%20%E4%BA%91.html\">acme #1 云</a>",
                        "href=\"javascript%3Aalert%281%29%2F%2F.html\"",
                        "href=\"%3Cb%3Ex%3C%2Fb%3E.html\">&lt;b&gt;x&lt;/b&gt;</a>")
                .doesNotContain("href=\"javascript:", "<b>x</b>");
    }

    @Test
    void reads_whole_without_its_script() {
        String html = pages.index(List.of(verdict("a"), verdict("b", FindingCode.LICENCE_MISSING)));

        assertThat(html).contains("<div class=\"filters\" id=\"filters\" hidden>",
                "<td class=\"code\">LICENCE_MISSING </td>");
        assertThat(count(html, "<script>")).isEqualTo(1);
    }
}
