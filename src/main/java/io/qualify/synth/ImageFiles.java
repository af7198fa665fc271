package io.qualify.synth;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Encodes a page image as file bytes in an {@link ImageFormat}. The output depends only on the inputs
 * (the PDF gets a fixed document ID rather than a time-based one), so a seed always gives the same bytes.
 */
public final class ImageFiles {

    private ImageFiles() {
    }

    /** The bytes of {@code image} in {@code format}; {@code jpegQuality} (1..100) applies to JPEG and PDF. */
    public static byte[] encode(BufferedImage image, ImageFormat format, int jpegQuality) throws IOException {
        BufferedImage bgr = Mats.bgr(image);
        return switch (format) {
            case JPEG -> jpegBytes(bgr, jpegQuality);
            case PDF -> pdfBytes(bgr, jpegQuality, 200);
            case PNG -> imageIoBytes(bgr, "png");
            case BMP -> imageIoBytes(bgr, "bmp");
            case TIFF -> imageIoBytes(bgr, "tiff");
        };
    }

    /** Baseline JPEG at {@code quality} percent. */
    public static byte[] jpegBytes(BufferedImage image, int quality) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality / 100f);
            writer.write(null, new IIOImage(Mats.bgr(image), null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] imageIoBytes(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, bytes)) {
            throw new IOException("no ImageIO writer for " + format);
        }
        return bytes.toByteArray();
    }

    /** One PDF page of the image's size at {@code dpi}, the image embedded as JPEG. */
    public static byte[] pdfBytes(BufferedImage image, int quality, float dpi) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            float w = image.getWidth() * 72f / dpi;
            float h = image.getHeight() * 72f / dpi;
            PDPage page = new PDPage(new PDRectangle(w, h));
            doc.addPage(page);
            PDImageXObject xobject = JPEGFactory.createFromByteArray(doc, jpegBytes(image, quality));
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(xobject, 0, 0, w, h);
            }
            COSArray id = new COSArray();
            COSString fixed = new COSString("qualify-synth-" + image.getWidth() + "x" + image.getHeight());
            id.add(fixed);
            id.add(fixed);
            doc.getDocument().getTrailer().setItem(COSName.ID, id);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }
}
