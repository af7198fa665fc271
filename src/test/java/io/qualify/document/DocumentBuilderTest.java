package io.qualify.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentBuilderTest {

    private static final Evidence TEXT_LAYER = Evidence.of(new Evidence.Reading(null, true, null));

    @Test
    void a_document_named_part_by_part_is_the_one_of_eleven_positions() {
        Map<String, Field> fields = Map.of("enterpriseName", new Field("深圳市云语科技有限公司", 0.97));
        Document built = Document.of("licence.jpg", DocumentKind.BUSINESS_LICENCE).pages(2).rotation(90).mirrored(true)
                .sealDetected(true).fields(fields).read("名称 深圳市云语科技有限公司", 0.91)
                .evidence(TEXT_LAYER).build();

        assertThat(built).isEqualTo(new Document("licence.jpg", DocumentKind.BUSINESS_LICENCE, 2, 90, true, true, fields,
                "名称 深圳市云语科技有限公司", 0.91, null, TEXT_LAYER));
        assertThat(built.toBuilder().build()).isEqualTo(built);
        assertThat(built.toBuilder().kind(DocumentKind.UNKNOWN).build())
                .isEqualTo(new Document("licence.jpg", DocumentKind.UNKNOWN, 2, 90, true, true, fields,
                        "名称 深圳市云语科技有限公司", 0.91, null, TEXT_LAYER));
    }

    @Test
    void a_document_says_nothing_it_was_not_told() {
        Document bare = Document.of("x.png", DocumentKind.UNKNOWN).build();

        assertThat(bare.pages()).isZero();
        assertThat(bare.rotation()).isZero();
        assertThat(bare.mirrored()).isFalse();
        assertThat(bare.sealDetected()).isFalse();
        assertThat(bare.fields()).isEmpty();
        assertThat(bare.text()).isEmpty();
        assertThat(bare.readable()).isTrue();
        assertThat(bare.evidence()).isEqualTo(Evidence.NONE);
        assertThat(bare.evidence().toMap()).isEmpty();
        assertThat(Document.unreadable("x.png", "truncated").unreadable()).isEqualTo("truncated");
    }
}
