package io.qualify.render;

import io.qualify.document.Page;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes raster files (JPEG, PNG, TIFF, BMP, WebP) into upright {@code TYPE_INT_RGB} pages. Every image's
 * size is read from its header and checked against the pixel limit before any pixel is decoded.
 *
 * <pre>{@code List<Page> pages = new ImagePages(limits).render(bytes, Format.PNG);}</pre>
 */
final class ImagePages {

    private final RenderLimits limits;

    ImagePages(RenderLimits limits) {
        this.limits = limits;
    }

    List<Page> render(byte[] bytes, Format format) throws UnreadableDocumentException {
        // A memory-backed stream: ImageIO's default may spill the upload to a temp file.
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = readerFor(format);
            try {
                reader.setInput(in, false, false);
                int count = checkedImageCount(reader, format);
                int orientation = ExifOrientation.read(bytes);
                List<Page> pages = new ArrayList<>(count);
                for (int index = 0; index < count; index++) {
                    pages.add(readPage(reader, index, orientation, format));
                }
                return pages;
            } finally {
                reader.dispose();
            }
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw corrupt(format, e);
        }
    }

    private static ImageReader readerFor(Format format) throws UnreadableDocumentException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.imageIoName());
        if (!readers.hasNext()) {
            throw new UnreadableDocumentException("No " + format.displayName()
                    + " decoder is installed; the ImageIO plugins are missing from the classpath.");
        }
        return readers.next();
    }

    /** Counts the images (only TIFF may hold several) and checks each header against the limits. */
    private int checkedImageCount(ImageReader reader, Format format) throws IOException, LimitExceededException {
        int count = format == Format.TIFF ? reader.getNumImages(true) : 1;
        if (count > limits.maxPages()) {
            throw new LimitExceededException("The " + format.displayName() + " file has " + count
                    + " pages, over the limit of " + limits.maxPages() + " pages (maxPages); split it and upload again.");
        }
        for (int index = 0; index < count; index++) {
            long pixels = (long) reader.getWidth(index) * reader.getHeight(index);
            if (pixels > limits.maxPixels()) {
                throw new LimitExceededException(String.format(Locale.ROOT,
                        "The image is %dx%d = %.1f megapixels, over the limit of %.1f megapixels (maxPixels);"
                                + " upload a smaller image.", reader.getWidth(index), reader.getHeight(index),
                        pixels / 1e6, limits.maxPixels() / 1e6));
            }
        }
        return count;
    }

    private static Page readPage(ImageReader reader, int index, int orientation, Format format)
            throws IOException, UnreadableDocumentException {
        TruncationWatch watch = new TruncationWatch();
        reader.addIIOReadWarningListener(watch);
        BufferedImage decoded = reader.read(index);
        reader.removeIIOReadWarningListener(watch);
        if (watch.truncated) {
            throw new UnreadableDocumentException("The " + format.displayName()
                    + " image is truncated (the file ends before the picture does); upload the complete file.");
        }
        // The EXIF reader sees IFD0 only, which in a multi-page TIFF describes the first page alone.
        int pageOrientation = index == 0 ? orientation : ExifOrientation.AS_STORED;
        BufferedImage upright = ExifOrientation.apply(toRgb(decoded), pageOrientation);
        return new Page(index, upright, ImageResolution.dpi(reader, index), null, 0);
    }

    /** Copies into a fresh {@code TYPE_INT_RGB} image, painting transparent parts white as paper would be. */
    static BufferedImage toRgb(BufferedImage decoded) {
        BufferedImage rgb = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(decoded, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    private static UnreadableDocumentException corrupt(Format format, Exception cause) {
        return new UnreadableDocumentException("The " + format.displayName()
                + " image is corrupt or truncated and cannot be decoded; upload an intact copy of the file.", cause);
    }

    /**
     * JPEG decoders fill a truncated picture with grey and only warn; a page missing its lower part would
     * pass for a complete one, so that warning is treated as an error.
     */
    private static final class TruncationWatch implements IIOReadWarningListener {
        private boolean truncated;

        @Override
        public void warningOccurred(ImageReader source, String warning) {
            String lower = warning == null ? "" : warning.toLowerCase(Locale.ROOT);
            // Only a missing end marker ("Missing EOI") leaves the picture whole, so that one is let through.
            truncated |= lower.contains("premature end");
        }
    }
}
