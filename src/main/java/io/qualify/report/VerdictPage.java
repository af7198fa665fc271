package io.qualify.report;

import java.util.List;

/**
 * What the verdict page ({@code verdict.jte}) shows of one verdict, every text already masked unless
 * personal data is shown; built by {@link VerdictPages}. Public only for the precompiled templates,
 * which live in jte's own package.
 */
public record VerdictPage(String submission, String decision, String applicationId, String reviewedAt,
                          long elapsedMillis, String pipelineVersion, List<FindingItem> findings,
                          List<AgreementRow> agreement, List<DocumentItem> documents) {

    /** A finding: its code and severity, the FAQ's sentence and remedy, the documents it is about, its evidence. */
    public record FindingItem(String code, String severity, String message, String advice, List<Link> documents,
                              List<Entry> evidence) {
    }

    /** A link to a document's section ({@code #doc-N}); {@code href} is null when no document has the name. */
    public record Link(String text, String href) {
    }

    /** One named value. */
    public record Entry(String name, String value) {
    }

    /** One thing that must agree across the papers and the form, and whether the values read differ. */
    public record AgreementRow(String what, List<Cell> cells, boolean differs) {
    }

    /** Where a value came from ("licence", "form"…), the value ("" when none) and its document's link. */
    public record Cell(String source, String value, String href) {
    }

    /** A document's section: its anchor id ({@code doc-N}), how it was read, its fields, text and pictures. */
    public record DocumentItem(String id, String file, String kind, int pages, int rotation, boolean mirrored,
                               String seal, String unreadable, int ocrPercent, List<FieldItem> fields, String text,
                               List<Entry> evidence, List<Figure> figures) {
    }

    /** A field read, with the reader's confidence in percent. */
    public record FieldItem(String name, String value, int confidencePercent) {
    }

    /**
     * A page picture ({@code src} a data: URL of the JPEG, personal parts pixelated unless shown) and what
     * is drawn over it, in the picture's pixels; {@code fontSize} is for the badges, in the same pixels.
     */
    public record Figure(int page, String src, int width, int height, int fontSize, List<Card> cards,
                         List<Rect> lines, List<Rect> signOffs, List<Ellipse> seals, List<String> legend) {
    }

    /** A box drawn over the picture, titled (its hover text). */
    public record Rect(int x, int y, int width, int height, String title) {
    }

    /** A seal's ellipse, inscribed in its bounds. */
    public record Ellipse(double cx, double cy, double rx, double ry, String title) {
    }

    /** A card's outline ({@code points} as SVG writes them) and the badges written at its top left corner. */
    public record Card(String points, String title, int badgeX, int badgeY, List<String> badges) {
    }
}
