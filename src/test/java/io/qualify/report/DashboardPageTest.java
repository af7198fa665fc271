package io.qualify.report;

import static io.qualify.report.VerdictPageTest.count;
import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.verdict.Decision;
import io.qualify.verdict.ReviewerDecision;
import io.qualify.verdict.StoredVerdict;
import io.qualify.verdict.StoredVerdict.Status;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardPageTest {

    private static final OffsetDateTime NOW = Verdicts.AT;

    private final Pages pages = new Pages();

    private static StoredVerdict stored(String id, Decision decision, Status status) {
        return new StoredVerdict(id, "sub-" + id, decision, status, NOW.minusDays(1), NOW.minusDays(1), null, null,
                "{}");
    }

    private static Worklist worklist(String query, Worklist.Row... rows) {
        return new Worklist(List.of(rows), query, NOW);
    }

    @Test
    void marks_an_overdue_row_and_keeps_the_order_given() {
        Worklist.Row late = new Worklist.Row(stored("b2", Decision.MANUAL_REVIEW, Status.CURRENT), NOW.minusHours(2),
                true, "杭州云语科技有限公司", "91330106MA2H3XYZ7Q", List.of());
        Worklist.Row done = new Worklist.Row(stored("a1", Decision.APPROVE, Status.SUPERSEDED), null, false, "甲公司",
                null, List.of());

        String html = pages.dashboard(worklist("", late, done));

        assertThat(count(html, "<tr class=\"row ")).isEqualTo(2);
        assertThat(html.indexOf("sub-b2")).isLessThan(html.indexOf("sub-a1"));
        assertThat(html).contains(
                "<tr class=\"row CURRENT overdue\" data-decision=\"MANUAL_REVIEW\" data-status=\"CURRENT\">",
                "<span class=\"overdue-word\">overdue</span>", "<tr class=\"row SUPERSEDED\" data-decision=\"APPROVE\"",
                "<a href=\"reports/b2\">sub-b2</a>", "<a href=\"api/submissions/b2\">", "91330106MA2H3XYZ7Q",
                "2 verdict(s) stored.", "POST /api/submissions", "<table id=\"verdicts\">", "id=\"filter-decision\"");
        assertThat(count(html, "overdue-word\">")).isEqualTo(1);
    }

    @Test
    void escapes_an_enterprise_name_and_the_search() {
        Worklist.Row row = new Worklist.Row(stored("x", Decision.REJECT, Status.CURRENT), null, false,
                "<img src=x onerror=alert(1)>公司", null, List.of());

        String html = pages.dashboard(worklist("\"><script>alert(1)</script>", row));

        assertThat(html).doesNotContain("<img src=x", "<script>alert").contains("&lt;img src=x onerror=alert(1)&gt;公司",
                "<input type=\"search\" id=\"search\" name=\"q\" value=\"&#34;>&lt;script>alert(1)&lt;/script>\"");
    }

    @Test
    void shows_the_latest_reviewers_decision() {
        ReviewerDecision first = new ReviewerDecision("x", Decision.REJECT, "LOW_CONFIDENCE", "blurred", "bob",
                NOW.minusHours(3));
        ReviewerDecision last = new ReviewerDecision("x", Decision.APPROVE, null, "checked by phone", "alice",
                NOW.minusHours(1));
        Worklist.Row row = new Worklist.Row(stored("x", Decision.MANUAL_REVIEW, Status.CURRENT), null, false, "甲", null,
                List.of(first, last));

        String html = pages.dashboard(worklist("甲", row));

        assertThat(html).contains("<span class=\"tag APPROVE\">APPROVE</span> by alice", "1 verdict(s) match “甲”")
                .doesNotContain("by bob");
    }
}
