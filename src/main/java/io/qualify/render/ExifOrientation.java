package io.qualify.render;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The EXIF orientation of a photo (1 = as stored … 8, the TIFF/EXIF numbering) and its application to the
 * decoded pixels, so that a phone photo taken sideways or with a mirroring front camera comes out upright.
 *
 * <pre>{@code BufferedImage upright = ExifOrientation.apply(rgb, ExifOrientation.read(bytes));}</pre>
 */
final class ExifOrientation {

    static final int AS_STORED = 1;

    private ExifOrientation() {
    }

    /** The orientation tag of the first EXIF IFD; {@link #AS_STORED} when absent, out of range or unreadable. */
    static int read(byte[] bytes) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
            ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (ifd0 == null || !ifd0.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return AS_STORED;
            }
            int orientation = ifd0.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            return orientation >= 1 && orientation <= 8 ? orientation : AS_STORED;
        } catch (ImageProcessingException | IOException | MetadataException | RuntimeException e) {
            // A damaged EXIF block is common in re-saved photos and says nothing about the pixels: show as stored.
            return AS_STORED;
        }
    }

    /**
     * The image as the orientation says it should be displayed. {@code rgb} must be {@code TYPE_INT_RGB} and
     * not a sub-image; it is returned unchanged for {@link #AS_STORED}.
     */
    static BufferedImage apply(BufferedImage rgb, int orientation) {
        if (orientation == AS_STORED) {
            return rgb;
        }
        int width = rgb.getWidth();
        int height = rgb.getHeight();
        boolean swapsAxes = orientation >= 5;
        BufferedImage out = swapsAxes
                ? new BufferedImage(height, width, BufferedImage.TYPE_INT_RGB)
                : new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] source = pixels(rgb);
        int[] target = pixels(out);
        int[] step = steps(orientation, width, height, out.getWidth());
        for (int y = 0; y < height; y++) {
            int rowStart = step[0] + y * step[2];
            for (int x = 0; x < width; x++) {
                target[rowStart + x * step[1]] = source[y * width + x];
            }
        }
        return out;
    }

    /**
     * Where source pixel (x, y) lands in the target array: {@code origin + x * dx + y * dy}, as
     * {origin, dx, dy}. Every EXIF orientation is such an affine map, so one loop serves all eight.
     */
    private static int[] steps(int orientation, int width, int height, int targetWidth) {
        int w = targetWidth;
        return switch (orientation) {
            case 2 -> new int[] {width - 1, -1, w};
            case 3 -> new int[] {(height - 1) * w + width - 1, -1, -w};
            case 4 -> new int[] {(height - 1) * w, 1, -w};
            case 5 -> new int[] {0, w, 1};
            case 6 -> new int[] {height - 1, w, -1};
            case 7 -> new int[] {(width - 1) * w + height - 1, -w, -1};
            case 8 -> new int[] {(width - 1) * w, -w, 1};
            default -> new int[] {0, 1, w};
        };
    }

    private static int[] pixels(BufferedImage rgb) {
        return ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
    }
}
