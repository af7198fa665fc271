package io.qualify.render;

import io.qualify.document.Page;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Turns a PDF into pages: each page's text layer when it has real text, and always its rendered image,
 * because seals and signatures are only visible there. A page is rendered when it is asked for.
 *
 * <pre>{@code try (RenderedPages pages = new PdfPages(limits).open(bytes)) { Page first = pages.page(0); }}</pre>
 */
final class PdfPages {

    private static final float POINTS_PER_INCH = 72f;

    private final RenderLimits limits;

    PdfPages(RenderLimits limits) {
        this.limits = limits;
    }

    /** The PDF loaded and its page count checked; its pages are rendered as they are asked for. */
    RenderedPages open(byte[] bytes) throws UnreadableDocumentException {
        PDDocument document = null;
        try {
            document = Loader.loadPDF(bytes);
            int count = document.getNumberOfPages();
            if (count == 0) {
                throw new UnreadableDocumentException("The PDF has no pages; upload the document itself.");
            }
            if (count > limits.maxPages()) {
                throw new LimitExceededException("The PDF has " + count + " pages, over the limit of "
                        + limits.maxPages() + " pages (maxPages); split it and upload the parts separately.");
            }
            Open open = new Open(document);
            document = null; // now the open pages' to close
            return open;
        } catch (InvalidPasswordException e) {
            throw new EncryptedDocumentException(
                    "The PDF is protected by a password to open it; upload it without a password.", e);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw corrupt(e);
        } finally {
            closeQuietly(document);
        }
    }

    private static UnreadableDocumentException corrupt(Exception e) {
        return new UnreadableDocumentException(
                "The PDF is corrupt and cannot be read; upload an intact copy of the file.", e);
    }

    private static void closeQuietly(PDDocument document) {
        if (document != null) {
            try {
                document.close();
            } catch (IOException e) {
                // only memory is held: nothing to lose
            }
        }
    }

    /**
     * A document's resource cache that keeps no images or forms. PDFBox keeps each image it decoded softly,
     * so until the heap is nearly full: while an open document's later pages are rendered and read, a scan's
     * earlier pages (some 26 MB each, a colour A4 page scanned at 300 dpi) would stay in the heap for
     * nothing, each being drawn on its own page alone. Fonts and colour spaces, which pages share, are kept.
     */
    static final class WithoutXObjects extends DefaultResourceCache {

        @Override
        public void put(COSObject indirect, PDXObject xobject) {
            // not kept: decoded again should another page draw it
        }
    }

    /** A loaded PDF whose pages are rendered one by one, each at the document's share of its DPI. */
    private final class Open implements RenderedPages {

        private final PDDocument document;
        private final PDFRenderer renderer;
        private final PDFTextStripper stripper;
        private final double share;

        Open(PDDocument document) throws IOException {
            this.document = document;
            document.setResourceCache(new WithoutXObjects());
            this.renderer = new PDFRenderer(document);
            this.stripper = new PDFTextStripper();
            // Reading order matters for field extraction; mind maps and forms are not written top to bottom.
            stripper.setSortByPosition(true);
            this.share = documentShare(document);
        }

        @Override
        public int count() {
            return document.getNumberOfPages();
        }

        @Override
        public Page page(int index) throws UnreadableDocumentException {
            if (Thread.currentThread().isInterrupted()) {
                // the reading was given up (its time budget spent): render no more
                throw new CancellationException("rendering given up at page " + (index + 1));
            }
            try {
                stripper.setStartPage(index + 1);
                stripper.setEndPage(index + 1);
                String text = stripper.getText(document).strip();
                int dpi = Math.max(1, (int) Math.floor(dpiFor(document.getPage(index).getCropBox()) * share));
                BufferedImage image = renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
                return new Page(index, image, dpi, TextLayer.isReal(text) ? text : null, 0);
            } catch (CancellationException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw corrupt(e);
            }
        }

        @Override
        public void close() {
            closeQuietly(document);
        }
    }

    /**
     * The share of each page's DPI the document is rendered at: 1 when its pages together, each at its own
     * DPI ({@link #dpiFor}), stay within the pixels of a document (read, they are all held until it is judged; six
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
