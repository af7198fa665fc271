package io.qualify.report;

import static io.qualify.report.VerdictPageTest.count;
import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.verdict.Decision;
import io.qualify.verdict.ReviewerDecision;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionsPartTest {

    private static final List<String> CODES = List.of("LOW_CONFIDENCE", "SEAL_NAME_MISMATCH");

    private final Pages pages = new Pages();

    private static ReviewerDecision decision(String reviewer, String reason) {
        return new ReviewerDecision("v 1", Decision.REJECT, "SEAL_NAME_MISMATCH", reason, reviewer, Verdicts.AT);
    }

    @Test
    void offers_the_form_when_a_decision_may_be_made() {
        String html = pages.decisions("v 1", Decision.MANUAL_REVIEW, List.of(), true, CODES);

        assertThat(html).contains(
                "<form id=\"decide\" class=\"decide\" method=\"post\" action=\"/reports/v%201/decisions\">",
                "name=\"reviewer\" required", "<select id=\"decide-decision\" name=\"decision\" required>",
                "<option value=\"APPROVE\">APPROVE</option>", "<option value=\"REJECT\">REJECT</option>",
                "<option value=\"SEAL_NAME_MISMATCH\">SEAL_NAME_MISMATCH</option>",
                "name=\"reason\" rows=\"3\" required",
                "type=\"submit\"", "No reviewer has decided");
    }

    @Test
    void lists_the_decisions_without_a_form_when_none_may_be_made() {
        String html = pages.decisions("v 1", Decision.MANUAL_REVIEW,
                List.of(decision("alice", "seal reads 云雨"), decision("<b>bob</b>", "号码 " + Verdicts.ID)), false, CODES);

        assertThat(count(html, "class=\"reviewer-decision\"")).isEqualTo(2);
        assertThat(html).doesNotContain("<form", "<b>bob</b>", Verdicts.ID)
                .contains("<td>alice</td>", "&lt;b&gt;bob&lt;/b&gt;", "seal reads 云雨", "SEAL_NAME_MISMATCH",
                        "2026-11-25 10:00:00 +08:00", Verdicts.MASKED);
    }

    @Test
    void asks_for_the_token_and_escapes_the_message() {
        String html = pages.login("<i>wrong</i>");

        assertThat(html).contains("<form id=\"login\" class=\"decide\" method=\"post\" action=\"/login\">",
                "<input type=\"password\" id=\"token\" name=\"token\"", "&lt;i&gt;wrong&lt;/i&gt;")
                .doesNotContain("<i>wrong");
        assertThat(pages.login("")).doesNotContain("role=\"alert\"");
    }

    @Test
    void says_why_a_decision_was_refused() {
        String html = pages.refused("v 1", "a rejection needs its <code>");

        assertThat(html).contains("a rejection needs its &lt;code&gt;", "<a href=\"/reports/v%201\">");
    }
}
