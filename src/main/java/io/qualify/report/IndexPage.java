package io.qualify.report;

import io.qualify.check.Finding;
import io.qualify.verdict.Decision;
import io.qualify.verdict.Verdict;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the batch index ({@code index.jte}) shows: one row per verdict linking to its page
 * {@code <submission>.html}, and how many verdicts took each decision and raised each finding code.
 * Public only for the precompiled templates.
 */
public record IndexPage(List<Row> rows, List<Count> decisions, List<Count> codes) {

    /**
     * A verdict: its submission, the link to its page, its decision, its finding codes (each once, in the
     * order found), when it was reviewed and in how long.
     */
    public record Row(String submission, String href, String decision, List<String> codeList,
                      String reviewedAt, long reviewedAtSort, long elapsedMillis) {

        /** The finding codes space-separated, for the filter. */
        public String codes() {
            return String.join(" ", codeList);
        }
    }

    /** How many verdicts have {@code name} (a decision or a finding code). */
    public record Count(String name, long count) {
    }

    static IndexPage of(List<Verdict> verdicts) {
        List<Row> rows = verdicts.stream().map(IndexPage::row).toList();
        Map<String, Long> byDecision = counts(rows, r -> List.of(r.decision()));
        List<Count> decisions = Arrays.stream(Decision.values()).filter(d -> byDecision.containsKey(d.name()))
                .map(d -> new Count(d.name(), byDecision.get(d.name()))).toList();
        List<Count> codes = counts(rows, Row::codeList).entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue())).toList();
        return new IndexPage(rows, decisions, codes);
    }

    private static Row row(Verdict v) {
        List<String> codes = v.findings().stream().map(Finding::code).map(Enum::name).distinct().toList();
        return new Row(v.submission(), Formats.pathSegment(v.submission() + ".html"), v.decision().name(), codes,
                Formats.time(v.reviewedAt()), Formats.sortKey(v.reviewedAt()), v.elapsedMillis());
    }

    /** How many rows hold each name, names in order. */
    private static Map<String, Long> counts(List<Row> rows, Function<Row, List<String>> names) {
        return rows.stream().flatMap(r -> names.apply(r).stream())
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
    }
}
