package io.qualify.synth;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Writes a {@link Sheet} as a born-digital A4 PDF, as an office program exports one: real text in embedded
 * (subset) CJK TrueType fonts, so the PDF has a text layer; rules and logos as vector paths; the seal as vector
 * art or as a transparent image, multiplied over the text under it. {@code SheetPdf.bytes(sheet, false)}; the
 * sheet's fonts must be among {@link PdfFonts#families()}. The output depends only on the sheet (fixed document ID).
 */
final class SheetPdf {

    private static final float A4_WIDTH = 595.28f;

    private SheetPdf() {
    }

    /** The PDF; {@code sealAsImage} embeds seals as images rather than vector paths. */
    static byte[] bytes(Sheet sheet, boolean sealAsImage) throws IOException {
        float scale = A4_WIDTH / sheet.width();
        float height = sheet.height() * scale;
        List<Closeable> open = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(A4_WIDTH, height));
            doc.addPage(page);
            Map<String, PDType0Font> fonts = new HashMap<>();
            AffineTransform flip = new AffineTransform(scale, 0, 0, -scale, 0, height);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                for (Sheet.Op op : sheet.ops()) {
                    if (op instanceof Sheet.Text t) {
                        text(out, t, font(doc, fonts, t.font().getFamily(), open), scale, height);
                    } else if (op instanceof Sheet.Fill f) {
                        out.setNonStrokingColor(f.colour());
                        fill(out, f.shape(), flip);
                    } else if (op instanceof Sheet.Stamp s) {
                        stamp(doc, out, s, flip, scale, height, sealAsImage);
                    }
                }
            }
            COSString id = new COSString("qualify-synth-sheet-" + sheet.width() + "x" + sheet.height());
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } finally {
            for (Closeable c : open) {
                c.close();
            }
        }
    }

    private static PDType0Font font(PDDocument doc, Map<String, PDType0Font> fonts, String family,
            List<Closeable> open) throws IOException {
        PDType0Font f = fonts.get(family);
        if (f == null) {
            f = PdfFonts.load(doc, family, open);
            fonts.put(family, f);
        }
        return f;
    }

    /** Bold runs are filled and outlined, as office programs fake bold for fonts without a bold face. */
    private static void text(PDPageContentStream out, Sheet.Text t, PDType0Font font, float scale, float height)
            throws IOException {
        float size = t.font().getSize2D() * scale;
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(t.colour());
        boolean bold = t.font().isBold();
        if (bold) {
            out.setStrokingColor(t.colour());
            out.setLineWidth(size * 0.03f);
        }
        out.setRenderingMode(bold ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
        out.newLineAtOffset(t.x() * scale, height - t.baseline() * scale);
        out.showText(t.text());
        out.endText();
    }

    private static void stamp(PDDocument doc, PDPageContentStream out, Sheet.Stamp s, AffineTransform flip,
            float scale, float height, boolean asImage) throws IOException {
        out.saveGraphicsState();
        PDExtendedGraphicsState gs = new PDExtendedGraphicsState();
        gs.setBlendMode(BlendMode.MULTIPLY);
        if (!asImage) {
            gs.setNonStrokingAlphaConstant((float) s.ink().strength());
        }
        out.setGraphicsStateParameters(gs);
        if (asImage) {
            PDImageXObject image = LosslessFactory.createFromImage(doc, s.image());
            float w = s.image().getWidth() * scale;
            float h = s.image().getHeight() * scale;
            out.drawImage(image, (float) s.cx() * scale - w / 2, height - (float) s.cy() * scale - h / 2, w, h);
        } else {
            out.setNonStrokingColor(s.ink().colour());
            AffineTransform at = new AffineTransform(flip);
            at.translate(s.cx(), s.cy());
            at.rotate(s.angle());
            for (Shape shape : s.shapes()) {
                fill(out, shape, at);
            }
        }
        out.restoreGraphicsState();
    }

    /** Fills {@code shape} mapped by {@code at}; quadratic segments become the cubic ones PDF knows. */
    private static void fill(PDPageContentStream out, Shape shape, AffineTransform at) throws IOException {
        PathIterator it = shape.getPathIterator(at);
        float[] c = new float[6];
        float x = 0;
        float y = 0;
        for (; !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    out.moveTo(c[0], c[1]);
                    x = c[0];
                    y = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    out.lineTo(c[0], c[1]);
                    x = c[0];
                    y = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    out.curveTo(x + 2f / 3 * (c[0] - x), y + 2f / 3 * (c[1] - y), c[2] + 2f / 3 * (c[0] - c[2]),
                            c[3] + 2f / 3 * (c[1] - c[3]), c[2], c[3]);
                    x = c[2];
                    y = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    out.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                    x = c[4];
                    y = c[5];
                }
                default -> out.closePath();
            }
        }
        if (it.getWindingRule() == PathIterator.WIND_EVEN_ODD) {
            out.fillEvenOdd();
        } else {
            out.fill();
        }
    }
}
