package io.qualify.check;

import io.qualify.document.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** R15: every uploaded file could be read; each one that could not gets its own finding and reason. */
public final class ReadableRule implements Rule {

    @Override
    public List<Finding> check(Review review) {
        List<Finding> findings = new ArrayList<>();
        for (Document d : review.documents()) {
            if (!d.readable()) {
                findings.add(Finding.of(FindingCode.DOCUMENT_UNREADABLE, List.of(d.file()), Map.of("reason", d.unreadable())));
            }
        }
        review.submission().problems().forEach(p -> findings.add(
                Finding.of(FindingCode.DOCUMENT_UNREADABLE, List.of(p.file()), Map.of("reason", p.reason()))));
        return findings;
    }
}
