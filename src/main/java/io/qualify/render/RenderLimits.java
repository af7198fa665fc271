package io.qualify.render;

/**
 * Bounds that keep one hostile or oversized upload from starving the process.
 *
 * @param maxFileBytes      largest file accepted
 * @param maxPixels         largest decoded image (width × height) accepted, before any scaling
 * @param maxPages          most PDF pages rendered; a longer PDF is refused, not truncated silently
 * @param pdfDpi            resolution PDF pages are rendered at
 * @param maxDocumentPixels most pixels one PDF's pages may take together once rendered (four bytes each,
 *                          all held until the document is judged): a long PDF is rendered at a lower
 *                          resolution to stay within it
 */
public record RenderLimits(long maxFileBytes, long maxPixels, int maxPages, int pdfDpi, long maxDocumentPixels) {

    /** Six A4 pages at 300 dpi (52 million pixels) fit; ten are rendered at about 250 dpi, twenty at 175. */
    public static final long DOCUMENT_PIXELS = 60_000_000L;

    public static final RenderLimits DEFAULT = new RenderLimits(20L * 1024 * 1024, 60_000_000L, 20, 300);

    public RenderLimits {
        if (maxFileBytes <= 0 || maxPixels <= 0 || maxPages <= 0 || pdfDpi < 72 || pdfDpi > 600
                || maxDocumentPixels <= 0) {
            throw new IllegalArgumentException("render limits must be positive and pdfDpi within 72..600");
        }
    }

    /** These limits with the default pixels of a whole document ({@link #DOCUMENT_PIXELS}). */
    public RenderLimits(long maxFileBytes, long maxPixels, int maxPages, int pdfDpi) {
        this(maxFileBytes, maxPixels, maxPages, pdfDpi, DOCUMENT_PIXELS);
    }
}
