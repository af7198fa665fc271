package io.qualify.render;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells which {@link Format} a file is from its magic bytes. The file name is never consulted: applicants
 * rename files freely, and a wrong extension must not decide which decoder sees the bytes.
 *
 * <pre>{@code Optional<Format> format = FormatSniffer.sniff(bytes);}</pre>
 */
public final class FormatSniffer {

    /** PDF readers accept junk before the header within this window (mail gateways and CMSs prepend some). */
    static final int PDF_HEADER_WINDOW = 1024;

    private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private FormatSniffer() {
    }

    /** The format of {@code bytes}, or empty when it is none we read (GIF, HEIC, ZIP, text, empty…). */
    public static Optional<Format> sniff(byte[] bytes) {
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(Format.JPEG);
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(Format.PNG);
        }
        if (startsWith(bytes, 0, 'I', 'I', 42, 0) || startsWith(bytes, 0, 'M', 'M', 0, 42)) {
            return Optional.of(Format.TIFF);
        }
        if (isBmp(bytes)) {
            return Optional.of(Format.BMP);
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(Format.WEBP);
        }
        return pdfHeaderOffset(bytes) >= 0 ? Optional.of(Format.PDF) : Optional.empty();
    }

    /** "BM" alone is too weak (any text may start so); the DIB header size must be one the format defines. */
    private static boolean isBmp(byte[] bytes) {
        if (!startsWith(bytes, 0, 'B', 'M') || bytes.length < 18) {
            return false;
        }
        int dibHeaderSize = (bytes[14] & 0xFF) | (bytes[15] & 0xFF) << 8 | (bytes[16] & 0xFF) << 16
                | (bytes[17] & 0xFF) << 24;
        return switch (dibHeaderSize) {
            case 12, 16, 40, 52, 56, 64, 108, 124 -> true;
            default -> false;
        };
    }

    /** Index of "%PDF-" within the first {@value #PDF_HEADER_WINDOW} bytes, or -1. */
    static int pdfHeaderOffset(byte[] bytes) {
        int last = Math.min(bytes.length - PDF_HEADER.length, PDF_HEADER_WINDOW - PDF_HEADER.length);
        for (int offset = 0; offset <= last; offset++) {
            if (pdfHeaderAt(bytes, offset)) {
                return offset;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean pdfHeaderAt(byte[] bytes, int offset) {
        for (int i = 0; i < PDF_HEADER.length; i++) {
            if (bytes[offset + i] != PDF_HEADER[i]) {
                return false;
            }
        }
        return true;
    }
}
