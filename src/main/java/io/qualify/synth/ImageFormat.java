package io.qualify.synth;

/** The file formats a generated document can be written in (only formats ImageIO or PDFBox can write). */
public enum ImageFormat {
    JPEG("jpg"),
    PNG("png"),
    BMP("bmp"),
    TIFF("tif"),
    /** The page image (JPEG-compressed) on one PDF page, as a scanner or phone app would make. */
    PDF("pdf");

    private final String extension;

    ImageFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension without the dot. */
    public String extension() {
        return extension;
    }
}
