package io.qualify.ocr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** Small image conversions the engines need: grey bytes in row order, without sub-image surprises. */
public final class Images {

    private Images() {
    }

    /** A fresh TYPE_BYTE_GRAY copy (or the image itself when it already is one with a plain raster). */
    public static BufferedImage toGrey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && image.getRaster().getParent() == null) {
            return image;
        }
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return grey;
    }

    static byte[] greyBytes(BufferedImage grey) {
        byte[] data = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int expected = grey.getWidth() * grey.getHeight();
        if (data.length == expected) {
            return data;
        }
        byte[] copy = new byte[expected];
        grey.getRaster().getDataElements(0, 0, grey.getWidth(), grey.getHeight(), copy);
        return copy;
    }
}
