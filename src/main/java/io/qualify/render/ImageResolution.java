package io.qualify.render;

import java.io.IOException;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataFormatImpl;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The scan resolution an image file declares (JFIF density, PNG pHYs, TIFF/BMP resolution), read through
 * ImageIO's format-neutral metadata tree so that every plugin answers the same way.
 */
final class ImageResolution {

    static final int UNKNOWN = 0;
    static final int MIN_PLAUSIBLE_DPI = 72;
    static final int MAX_PLAUSIBLE_DPI = 1200;

    private static final double MILLIMETRES_PER_INCH = 25.4;

    private ImageResolution() {
    }

    /** Horizontal DPI of image {@code index}, or {@link #UNKNOWN} when absent or implausible. */
    static int dpi(ImageReader reader, int index) {
        try {
            IIOMetadata metadata = reader.getImageMetadata(index);
            if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
                return UNKNOWN;
            }
            Node pixelSize = find(metadata.getAsTree(IIOMetadataFormatImpl.standardMetadataFormatName),
                    "HorizontalPixelSize");
            NamedNodeMap attributes = pixelSize == null ? null : pixelSize.getAttributes();
            Node value = attributes == null ? null : attributes.getNamedItem("value");
            return value == null ? UNKNOWN : plausible(MILLIMETRES_PER_INCH / Double.parseDouble(value.getNodeValue()));
        } catch (IOException | RuntimeException e) {
            // Resolution is a hint for later stages; metadata a plugin cannot parse must not cost the page.
            return UNKNOWN;
        }
    }

    private static int plausible(double dpi) {
        long rounded = Math.round(dpi);
        return rounded >= MIN_PLAUSIBLE_DPI && rounded <= MAX_PLAUSIBLE_DPI ? (int) rounded : UNKNOWN;
    }

    private static Node find(Node node, String name) {
        if (name.equals(node.getNodeName())) {
            return node;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            Node found = find(child, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
