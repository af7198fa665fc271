package io.qualify.render;

import io.qualify.document.Page;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Turns a PDF into pages: each page's text layer when it has real text, and always its rendered image,
 * because seals and signatures are only visible there.
 *
 * <pre>{@code List<Page> pages = new PdfPages(limits).render(bytes);}</pre>
 */
final class PdfPages {

    private static final float POINTS_PER_INCH = 72f;

    private final RenderLimits limits;

    PdfPages(RenderLimits limits) {
        this.limits = limits;
    }

    List<Page> render(byte[] bytes) throws UnreadableDocumentException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int count = document.getNumberOfPages();
            if (count == 0) {
                throw new UnreadableDocumentException("The PDF has no pages; upload the document itself.");
            }
            if (count > limits.maxPages()) {
                throw new LimitExceededException("The PDF has " + count + " pages, over the limit of "
                        + limits.maxPages() + " pages (maxPages); split it and upload the parts separately.");
            }
            return renderAll(document);
        } catch (InvalidPasswordException e) {
            throw new EncryptedDocumentException(
                    "The PDF is protected by a password to open it; upload it without a password.", e);
        } catch (UnreadableDocumentException | CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(
                    "The PDF is corrupt and cannot be read; upload an intact copy of the file.", e);
        }
    }

    private List<Page> renderAll(PDDocument document) throws IOException {
        PDFRenderer renderer = new PDFRenderer(document);
        PDFTextStripper stripper = new PDFTextStripper();
        // Reading order matters for field extraction; mind maps and forms are not written top to bottom.
        stripper.setSortByPosition(true);
        List<Page> pages = new ArrayList<>(document.getNumberOfPages());
        double share = documentShare(document);
        for (int index = 0; index < document.getNumberOfPages(); index++) {
            if (Thread.currentThread().isInterrupted()) {
                // the reading was given up (its time budget spent): stop rendering and let the pages go
                throw new CancellationException("rendering given up after " + index + " pages");
            }
            stripper.setStartPage(index + 1);
            stripper.setEndPage(index + 1);
            String text = stripper.getText(document).strip();
            int dpi = Math.max(1, (int) Math.floor(dpiFor(document.getPage(index).getCropBox()) * share));
            BufferedImage image = renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
            pages.add(new Page(index, image, dpi, TextLayer.isReal(text) ? text : null, 0));
        }
        return pages;
    }

    /**
     * The share of each page's DPI the document is rendered at: 1 when its pages together, each at its own
     * DPI ({@link #dpiFor}), stay within the pixels of a document (they are all held while it is read; six
     * A4 pages at 300 dpi do), less for a longer one, so that they do.
     */
    double documentShare(PDDocument document) {
        double pixels = 0;
        for (PDPage page : document.getPages()) {
            PDRectangle box = page.getCropBox();
            int dpi = dpiFor(box);
            pixels += (box.getWidth() / POINTS_PER_INCH * dpi) * (box.getHeight() / POINTS_PER_INCH * dpi);
        }
        return pixels <= limits.maxDocumentPixels() ? 1 : Math.sqrt(limits.maxDocumentPixels() / pixels);
    }

    /** The configured DPI, lowered for a page so large that rendering it would exceed the pixel limit. */
    int dpiFor(PDRectangle cropBox) {
        double squareInches = (cropBox.getWidth() / POINTS_PER_INCH) * (cropBox.getHeight() / POINTS_PER_INCH);
        int dpi = limits.pdfDpi();
        if (squareInches * dpi * dpi <= limits.maxPixels()) {
            return dpi;
        }
        return Math.max(1, (int) Math.floor(Math.sqrt(limits.maxPixels() / squareInches)));
    }
}
