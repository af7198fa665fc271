package io.qualify.render;

/**
 * Bounds that keep one hostile or oversized upload from starving the process.
 *
 * @param maxFileBytes largest file accepted
 * @param maxPixels    largest decoded image (width × height) accepted, before any scaling
 * @param maxPages     most PDF pages rendered; a longer PDF is refused, not truncated silently
 * @param pdfDpi       resolution PDF pages are rendered at
 */
public record RenderLimits(long maxFileBytes, long maxPixels, int maxPages, int pdfDpi) {

    public static final RenderLimits DEFAULT = new RenderLimits(20L * 1024 * 1024, 60_000_000L, 20, 300);

    public RenderLimits {
        if (maxFileBytes <= 0 || maxPixels <= 0 || maxPages <= 0 || pdfDpi < 72 || pdfDpi > 600) {
            throw new IllegalArgumentException("render limits must be positive and pdfDpi within 72..600");
        }
    }
}
