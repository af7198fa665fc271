package io.qualify.document;

/** An axis-aligned rectangle in page pixels. */
public record Box(int x, int y, int width, int height) {

    /** No box: what an engine that does not place an element gives it. */
    public static final Box NONE = new Box(0, 0, 0, 0);

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public int centerY() {
        return y + height / 2;
    }

    /** The box moved by {@code dx, dy}: from a crop's coordinates into its page's. */
    public Box shifted(int dx, int dy) {
        return new Box(x + dx, y + dy, width, height);
    }

    /** The smallest box holding both. */
    public Box union(Box other) {
        int left = Math.min(x, other.x);
        int top = Math.min(y, other.y);
        return new Box(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
    }

    /** The box grown by {@code padX, padY} on each side and cut to a {@code width × height} image (never empty). */
    public Box padded(int padX, int padY, int imageWidth, int imageHeight) {
        int left = Math.max(0, x - padX);
        int top = Math.max(0, y - padY);
        int r = Math.min(imageWidth, right() + padX);
        int b = Math.min(imageHeight, bottom() + padY);
        return new Box(left, top, Math.max(1, r - left), Math.max(1, b - top));
    }

    public Box scaled(double factor) {
        return new Box((int) Math.round(x * factor), (int) Math.round(y * factor),
                (int) Math.round(width * factor), (int) Math.round(height * factor));
    }
}
