package io.qualify.check;

import static io.qualify.check.Reviews.cleanFields;
import static io.qualify.check.Reviews.licence;
import static io.qualify.check.Reviews.other;
import static io.qualify.check.Reviews.review;
import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecognisedRuleTest {

    private final RecognisedRule rule = new RecognisedRule();

    @Test
    void warns_about_each_readable_document_of_unknown_kind() {
        List<Finding> findings = rule.check(review(licence(cleanFields()),
                other("holiday.jpg", DocumentKind.UNKNOWN), other("menu.png", DocumentKind.UNKNOWN)));

        assertThat(findings).hasSize(2).allSatisfy(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.DOCUMENT_UNRECOGNISED);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(findings).flatExtracting(Finding::documents).containsExactly("holiday.jpg", "menu.png");
    }

    @Test
    void leaves_unreadable_documents_to_the_readable_rule() {
        assertThat(rule.check(review(Document.unreadable("broken.jpg", "corrupt")))).isEmpty();
    }

    @Test
    void is_silent_for_known_kinds() {
        List<Document> known = java.util.Arrays.stream(DocumentKind.values())
                .filter(k -> k != DocumentKind.UNKNOWN).map(k -> other(k.name() + ".jpg", k)).toList();

        assertThat(rule.check(review(known.toArray(Document[]::new)))).isEmpty();
    }
}
