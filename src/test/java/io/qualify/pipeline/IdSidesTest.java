package io.qualify.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.document.CardEvidence;
import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.Evidence;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdSidesTest {

    private static Document card(String file, DocumentKind kind, double share) {
        return card(file, kind, share, null);
    }

    /** A card read in an outline covering {@code share} of the photo, in a scene scored {@code person} (null: not judged). */
    private static Document card(String file, DocumentKind kind, double share, Double person) {
        CardEvidence card = new CardEvidence(false, new CardEvidence.Outline(List.of(), 0.9, share), false, person,
                CardEvidence.Stance.NONE, CardEvidence.Readings.NONE, CardEvidence.Sides.NONE);
        return Document.of(file, kind).pages(1).read("", 0.9).evidence(Evidence.of(card)).build();
    }

    private static List<DocumentKind> kinds(List<Document> documents) {
        return documents.stream().map(Document::kind).toList();
    }

    @Test
    void of_two_fronts_the_smaller_card_is_the_handheld() {
        List<Document> read = List.of(card("a.jpg", DocumentKind.ID_CARD_FRONT, 0.45),
                card("b.jpg", DocumentKind.ID_CARD_BACK, 0.4), card("c.jpg", DocumentKind.ID_CARD_FRONT, 0.07));

        assertThat(kinds(IdSides.reconcile(read)))
                .containsExactly(DocumentKind.ID_CARD_FRONT, DocumentKind.ID_CARD_BACK, DocumentKind.ID_CARD_HANDHELD);
    }

    @Test
    void plainly_more_sign_of_a_person_outweighs_the_cards_size() {
        List<Document> read = List.of(card("a.jpg", DocumentKind.ID_CARD_FRONT, 0.08, 0.0),
                card("b.jpg", DocumentKind.ID_CARD_FRONT, 0.2, 0.39));

        assertThat(kinds(IdSides.reconcile(read))).containsExactly(DocumentKind.ID_CARD_FRONT, DocumentKind.ID_CARD_HANDHELD);
    }

    @Test
    void of_two_handhelds_the_larger_card_is_the_front() {
        List<Document> read = List.of(card("a.jpg", DocumentKind.ID_CARD_HANDHELD, 0.05),
                card("b.jpg", DocumentKind.ID_CARD_HANDHELD, 0.2));

        assertThat(kinds(IdSides.reconcile(read))).containsExactly(DocumentKind.ID_CARD_HANDHELD, DocumentKind.ID_CARD_FRONT);
    }

    @Test
    void cards_of_about_the_same_size_stay_as_read_and_are_marked_unsure() {
        List<Document> out = IdSides.reconcile(List.of(card("a.jpg", DocumentKind.ID_CARD_FRONT, 0.12),
                card("b.jpg", DocumentKind.ID_CARD_FRONT, 0.14)));

        assertThat(kinds(out)).containsExactly(DocumentKind.ID_CARD_FRONT, DocumentKind.ID_CARD_FRONT);
        assertThat(out).allSatisfy(d -> assertThat(d.evidence().toMap()).containsEntry("sideUnsure", true));
    }

    @Test
    void a_front_and_a_handheld_are_left_alone() {
        List<Document> read = List.of(card("a.jpg", DocumentKind.ID_CARD_FRONT, 0.05),
                card("b.jpg", DocumentKind.ID_CARD_HANDHELD, 0.3));

        assertThat(IdSides.reconcile(read)).isEqualTo(read);
    }
}
