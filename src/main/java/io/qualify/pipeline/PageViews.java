package io.qualify.pipeline;

import io.qualify.document.Box;
import io.qualify.document.CardEvidence;
import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.Evidence;
import io.qualify.document.PageView;
import io.qualify.document.PageView.Kind;
import io.qualify.document.PageView.Mark;
import io.qualify.document.PageView.Point;
import io.qualify.document.Sealing;
import io.qualify.document.SignOff;
import io.qualify.ocr.OcrLine;
import io.qualify.ocr.ReadPage;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pictures of a document's pages that a reviewer sees, with what was found drawn on them: each line
 * read, each seal, a card's outline, the sign-off's labels, and where a resident ID number may be (a
 * line holding a run of digits as long as one, or a whole ID card), which reports cover. Pictures are
 * small JPEGs ({@link #LONG_SIDE} pixels at most); only the first {@link #MAX_PAGES} pages are kept.
 */
final class PageViews {

    static final int LONG_SIDE = 1400;
    static final int MAX_PAGES = 12;
    /** As long as an ID number, allowing the misreads digits suffer (O for 0, l for 1...), spaces dropped. */
    private static final Pattern ID_LIKE = Pattern.compile("[0-9OoDIlZSB|Xx]{15,}");
    private static final Pattern SIGN_OFF_LABEL = Pattern.compile(
            "管理员(?:姓名)?|身份证(?:号码|号)?|证件号码|申请单位|单位名称|实际用户名称|实际用户|日期");
    private static final Set<DocumentKind> SIGNED = EnumSet.of(DocumentKind.NUMBER_APPLICATION_LETTER,
            DocumentKind.NETWORK_ACCESS_COMMITMENT);
    private static final Set<DocumentKind> CARDS = EnumSet.of(DocumentKind.ID_CARD_FRONT, DocumentKind.ID_CARD_BACK,
            DocumentKind.ID_CARD_HANDHELD);

    private PageViews() {
    }

    /** The read pages of a paper document of {@code kind} as pictures, with its seals and sign-off drawn. */
    static List<PageView> ofPages(List<ReadPage> read, DocumentKind kind, Evidence evidence) {
        List<PageView> views = new ArrayList<>();
        for (int i = 0; i < Math.min(read.size(), MAX_PAGES); i++) {
            ReadPage page = read.get(i);
            BufferedImage image = page.upright().image();
            double scale = scale(image);
            List<Mark> marks = new ArrayList<>();
            for (OcrLine line : page.ocr().lines()) {
                Box box = line.box().scaled(scale);
                marks.add(Mark.of(Kind.LINE, box, line.text(), line.confidence()));
                if (SIGNED.contains(kind)) {
                    signOffLabel(line.text(), evidence.signOff())
                            .ifPresent(label -> marks.add(Mark.of(Kind.SIGN_OFF, box, label, line.confidence())));
                }
                if (ID_LIKE.matcher(line.text().replaceAll("\\s", "")).find()) {
                    marks.add(Mark.of(Kind.PERSONAL, box, "", 1));
                }
            }
            Sealing sealing = evidence.sealing();
            for (Sealing.Mark seal : sealing.seals()) {
                if (seal.page() == i + 1) {
                    String text = Boolean.TRUE.equals(sealing.nearSignOff()) && sealing.text() != null ? sealing.text() : "";
                    marks.add(Mark.of(Kind.SEAL, seal.box().scaled(scale), text, seal.confidence()));
                }
            }
            if (CARDS.contains(kind)) {
                marks.add(Mark.of(Kind.PERSONAL, new Box(0, 0, width(image, scale), height(image, scale)), "", 1));
            }
            views.add(new PageView(i + 1, jpeg(image, scale), width(image, scale), height(image, scale), marks));
        }
        return views;
    }

    /**
     * A card photo as taken, with the card's outline; the card (or the whole photo when no outline was
     * found) is personal: it carries the ID number.
     */
    static List<PageView> ofCardPhoto(BufferedImage photo, Document document) {
        double scale = scale(photo);
        List<Mark> marks = new ArrayList<>();
        CardEvidence.Outline outline = document.evidence().card().outline();
        if (outline != null && outline.quad().size() == 4) {
            List<Point> quad = outline.quad().stream()
                    .map(c -> new Point((int) Math.round(c.x() * scale), (int) Math.round(c.y() * scale))).toList();
            marks.add(new Mark(Kind.CARD, quad, document.kind().name(), outline.confidence()));
            marks.add(new Mark(Kind.PERSONAL, quad, "", 1));
        } else {
            marks.add(Mark.of(Kind.PERSONAL, new Box(0, 0, width(photo, scale), height(photo, scale)), "", 1));
        }
        return List.of(new PageView(1, jpeg(photo, scale), width(photo, scale), height(photo, scale), marks));
    }

    private static Optional<String> signOffLabel(String text, SignOff signOff) {
        Matcher m = SIGN_OFF_LABEL.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String label = m.group();
        SignOff.Part part = label.startsWith("管理员") ? SignOff.Part.ADMIN_NAME
                : label.startsWith("身份证") || label.startsWith("证件") ? SignOff.Part.ADMIN_ID
                : label.startsWith("实际用户") ? SignOff.Part.USER_NAME
                : label.equals("日期") ? SignOff.Part.DATE : SignOff.Part.UNIT;
        return Optional.of(label + ": " + signOff.state(part).rendered());
    }

    private static double scale(BufferedImage image) {
        return Math.min(1, (double) LONG_SIDE / Math.max(image.getWidth(), image.getHeight()));
    }

    private static int width(BufferedImage image, double scale) {
        return Math.max(1, (int) Math.round(image.getWidth() * scale));
    }

    private static int height(BufferedImage image, double scale) {
        return Math.max(1, (int) Math.round(image.getHeight() * scale));
    }

    /** The image at {@code scale} as a JPEG. */
    static byte[] jpeg(BufferedImage image, double scale) {
        BufferedImage small = new BufferedImage(width(image, scale), height(image, scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, small.getWidth(), small.getHeight(), null);
        } finally {
            g.dispose();
        }
        return PageView.jpeg(small);
    }
}
