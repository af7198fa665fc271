package io.qualify.document;

/** An axis-aligned rectangle in page pixels. */
public record Box(int x, int y, int width, int height) {

    public int right() {
        return x + width;
    }

    public int bottom() {
        return y + height;
    }

    public int centerY() {
        return y + height / 2;
    }

    public Box scaled(double factor) {
        return new Box((int) Math.round(x * factor), (int) Math.round(y * factor),
                (int) Math.round(width * factor), (int) Math.round(height * factor));
    }
}
