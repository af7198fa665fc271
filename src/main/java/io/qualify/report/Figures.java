package io.qualify.report;

import io.qualify.document.Box;
import io.qualify.document.Document;
import io.qualify.document.PageView;
import io.qualify.document.PageView.Kind;
import io.qualify.document.PageView.Mark;
import io.qualify.report.VerdictPage.Card;
import io.qualify.report.VerdictPage.Ellipse;
import io.qualify.report.VerdictPage.Figure;
import io.qualify.report.VerdictPage.Rect;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A document's page pictures as the verdict page draws them: the JPEG inlined (its personal regions
 * pixelated unless personal data is shown) and each mark as a shape with its hover title; a line read
 * over a personal region loses its text too. Nothing of a {@link Kind#PERSONAL} mark is drawn.
 */
final class Figures {

    static final String HIDDEN = "(personal data hidden)";

    private Figures() {
    }

    static List<Figure> of(Document document, Masking masking) {
        return document.views().stream().map(view -> of(document, view, masking)).toList();
    }

    static Figure of(Document document, PageView view, Masking masking) {
        List<Box> personal = view.marks(Kind.PERSONAL).stream().map(Mark::bounds).toList();
        boolean cover = !masking.showPii() && !personal.isEmpty();
        byte[] jpeg = cover ? Pixelation.cover(view.jpeg(), view.width(), view.height(), personal) : view.jpeg();
        int fontSize = Math.max(12, Math.max(view.width(), view.height()) / 45);
        List<Card> cards = view.marks(Kind.CARD).stream().map(m -> card(m, document, masking, fontSize)).toList();
        List<Rect> lines = view.marks(Kind.LINE).stream().map(m -> line(m, personal, masking)).toList();
        List<Rect> signOffs = view.marks(Kind.SIGN_OFF).stream().map(m -> rect(m, masking.text(m.label()))).toList();
        List<Ellipse> seals = view.marks(Kind.SEAL).stream().map(m -> seal(m, masking)).toList();
        return new Figure(view.page(), "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg),
                view.width(), view.height(), fontSize, cards, lines, signOffs, seals, legend(view, document, masking));
    }

    private static Rect line(Mark mark, List<Box> personal, Masking masking) {
        boolean hidden = !masking.showPii() && personal.stream().anyMatch(p -> overlap(p, mark.bounds()));
        String text = hidden ? HIDDEN : masking.text(mark.label());
        return rect(mark, text + " (" + Formats.percent(mark.confidence()) + "%)");
    }

    private static Rect rect(Mark mark, String title) {
        Box b = mark.bounds();
        return new Rect(b.x(), b.y(), b.width(), b.height(), title);
    }

    private static Ellipse seal(Mark mark, Masking masking) {
        Box b = mark.bounds();
        return new Ellipse(b.x() + b.width() / 2.0, b.y() + b.height() / 2.0, b.width() / 2.0, b.height() / 2.0,
                sealTitle(mark, masking));
    }

    private static String sealTitle(Mark mark, Masking masking) {
        String title = "seal " + Formats.percent(mark.confidence()) + "%";
        return mark.label().isBlank() ? title : title + " " + masking.text(mark.label());
    }

    private static Card card(Mark mark, Document document, Masking masking, int fontSize) {
        String points = mark.outline().stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
        Box b = mark.bounds();
        return new Card(points, "card " + masking.text(mark.label()) + " " + Formats.percent(mark.confidence()) + "%",
                b.x() + fontSize / 2, b.y() + fontSize * 3 / 2, badges(document));
    }

    private static List<String> badges(Document document) {
        List<String> badges = new ArrayList<>();
        badges.add("rotation " + document.rotation() + "°");
        if (document.mirrored()) {
            badges.add("mirrored");
        }
        return badges;
    }

    /** What was found on the page besides its lines: seals, the card, the sign-off's parts. */
    private static List<String> legend(PageView view, Document document, Masking masking) {
        List<String> legend = new ArrayList<>();
        view.marks(Kind.SEAL).forEach(m -> legend.add(sealTitle(m, masking)));
        view.marks(Kind.CARD).forEach(m -> legend.add("card " + Formats.percent(m.confidence()) + "%, "
                + String.join(", ", badges(document))));
        view.marks(Kind.SIGN_OFF).forEach(m -> legend.add("sign-off " + masking.text(m.label()) + " ("
                + Formats.percent(m.confidence()) + "%)"));
        return legend;
    }

    /** Whether the boxes share some area. */
    static boolean overlap(Box a, Box b) {
        return a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom();
    }
}
