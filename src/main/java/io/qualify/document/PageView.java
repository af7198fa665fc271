package io.qualify.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * One page as a reviewer sees it: a small JPEG of it ({@code width} × {@code height}; upright as it was
 * read, or for a card photo the photo as taken) and what was found on it, in the picture's own pixels.
 * The picture is as read: marks of kind {@link Kind#PERSONAL} hold resident ID numbers, which a report
 * covers unless personal data is to be shown.
 */
public record PageView(int page, byte[] jpeg, int width, int height, List<Mark> marks) {

    public PageView {
        Objects.requireNonNull(jpeg);
        marks = List.copyOf(marks);
    }

    /** What a mark is. */
    public enum Kind {
        /** A line of text read, labelled with its text. */
        LINE,
        /** A red mark taken for a seal, labelled with the text read round it (if any). */
        SEAL,
        /** An ID card's outline (four corners). */
        CARD,
        /** A sign-off label, labelled with its part and how it was found. */
        SIGN_OFF,
        /** A resident ID number: covered in reports unless personal data is shown. */
        PERSONAL
    }

    /**
     * A thing found on the page: its outline (a box's four corners, or a card's quadrilateral), what it
     * says and how sure the reading was (0 to 1).
     */
    public record Mark(Kind kind, List<Point> outline, String label, double confidence) {

        public Mark {
            outline = List.copyOf(outline);
            label = label == null ? "" : label;
        }

        /** A mark over {@code box}'s four corners. */
        public static Mark of(Kind kind, Box box, String label, double confidence) {
            return new Mark(kind, List.of(new Point(box.x(), box.y()), new Point(box.right(), box.y()),
                    new Point(box.right(), box.bottom()), new Point(box.x(), box.bottom())), label, confidence);
        }

        /** The smallest upright box round the outline. */
        public Box bounds() {
            int left = outline.stream().mapToInt(Point::x).min().orElse(0);
            int top = outline.stream().mapToInt(Point::y).min().orElse(0);
            int right = outline.stream().mapToInt(Point::x).max().orElse(0);
            int bottom = outline.stream().mapToInt(Point::y).max().orElse(0);
            return new Box(left, top, right - left, bottom - top);
        }
    }

    /** A point in the picture's pixels. */
    public record Point(int x, int y) {
    }

    /** {@code rgb} as a JPEG of quality 0.8: small, and sharp enough to read print at a page's width. */
    public static byte[] jpeg(BufferedImage rgb) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.8f);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("a page picture could not be written", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    public List<Mark> marks(Kind kind) {
        return marks.stream().filter(m -> m.kind() == kind).toList();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PageView v && page == v.page && width == v.width && height == v.height
                && Arrays.equals(jpeg, v.jpeg) && marks.equals(v.marks);
    }

    @Override
    public int hashCode() {
        return Objects.hash(page, width, height, Arrays.hashCode(jpeg), marks);
    }

    @Override
    public String toString() {
        return "PageView[page=" + page + ", " + width + "x" + height + ", " + jpeg.length + " bytes, " + marks.size() + " marks]";
    }
}
