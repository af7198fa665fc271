package io.qualify.render;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The file types {@link Renderer} reads, as recognised by {@link FormatSniffer} from their first bytes. */
public enum Format {
    JPEG("JPEG", "jpeg"),
    PNG("PNG", "png"),
    TIFF("TIFF", "tiff"),
    BMP("BMP", "bmp"),
    WEBP("WebP", "webp"),
    PDF("PDF", null);

    private final String displayName;
    private final String imageIoName;

    Format(String displayName, String imageIoName) {
        this.displayName = displayName;
        this.imageIoName = imageIoName;
    }

    public String displayName() {
        return displayName;
    }

    /** The ImageIO format name whose reader decodes this type; null for PDF, which PDFBox renders. */
    String imageIoName() {
        return imageIoName;
    }

    /** "JPEG, PNG, TIFF, BMP, WebP, PDF": for messages telling the applicant what to upload instead. */
    public static String supportedList() {
        return Arrays.stream(values()).map(Format::displayName).collect(Collectors.joining(", "));
    }
}
