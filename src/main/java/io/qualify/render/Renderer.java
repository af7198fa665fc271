package io.qualify.render;

import io.qualify.document.Page;
import io.qualify.document.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the bytes of one uploaded file into upright page images: the first stage after intake. The type is
 * sniffed from the content (never the name); JPEG, PNG, TIFF, BMP and WebP are decoded with ImageIO and
 * turned upright by their EXIF orientation; PDF pages are rendered with PDFBox and keep their text layer
 * when it is real text. Size, pixel and page limits are enforced before the expensive work. {@link #open}
 * renders a PDF's pages one at a time, as they are asked for; {@link #render} all at once.
 *
 * <pre>{@code
 * Renderer renderer = new Renderer(RenderLimits.DEFAULT);
 * List<Page> pages = renderer.render(SourceFile.of("licence.jpg", bytes));
 * try (RenderedPages scan = renderer.open(SourceFile.of("scan.pdf", pdf))) {
 *     Page first = scan.page(0);
 * }
 * }</pre>
 *
 * Every failure is an {@link UnreadableDocumentException} (or its {@link EncryptedDocumentException} and
 * {@link LimitExceededException} subclasses) whose message tells the applicant what to upload instead.
 * Instances hold no mutable state and may be shared between threads.
 */
public final class Renderer {

    private static final double BYTES_PER_MB = 1024.0 * 1024.0;

    private final RenderLimits limits;
    private final ImagePages images;
    private final PdfPages pdfs;

    public Renderer(RenderLimits limits) {
        this.limits = limits;
        this.images = new ImagePages(limits);
        this.pdfs = new PdfPages(limits);
    }

    /** The pages of {@code file}, in order, each {@code TYPE_INT_RGB}; never empty. */
    public List<Page> render(SourceFile file) throws UnreadableDocumentException {
        try (RenderedPages pages = open(file)) {
            List<Page> all = new ArrayList<>(pages.count());
            for (int index = 0; index < pages.count(); index++) {
                all.add(pages.page(index));
            }
            return all;
        }
    }

    /**
     * The pages of {@code file}, each rendered when asked for (an image file's are decoded at once). The
     * file's type, size, page count, pixels and encryption are checked here, before any page is rendered.
     */
    public RenderedPages open(SourceFile file) throws UnreadableDocumentException {
        byte[] bytes = withinSizeLimit(file);
        Format format = FormatSniffer.sniff(bytes).orElseThrow(() -> new UnreadableDocumentException(
                "This file type is not supported; upload one of: " + Format.supportedList() + "."));
        return format == Format.PDF ? pdfs.open(bytes) : RenderedPages.of(images.render(bytes, format));
    }

    private byte[] withinSizeLimit(SourceFile file) throws LimitExceededException {
        long size = file.loaded() ? Math.max(file.size(), file.content().length) : file.size();
        if (!file.loaded() || size > limits.maxFileBytes()) {
            throw new LimitExceededException(String.format(Locale.ROOT,
                    "The file is %.1f MB, over the limit of %.1f MB (maxFileBytes); upload a smaller file.",
                    size / BYTES_PER_MB, limits.maxFileBytes() / BYTES_PER_MB));
        }
        return file.content();
    }
}
