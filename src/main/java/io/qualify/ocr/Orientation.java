package io.qualify.ocr;

/**
 * The clockwise angle (0, 90, 180, 270) by which a page's content is turned, and how sure the
 * detector is. Turning the image counter-clockwise by {@code degrees} makes it upright.
 */
public record Orientation(int degrees, double confidence) {

    public static final Orientation UPRIGHT_UNKNOWN = new Orientation(0, 0);
}
