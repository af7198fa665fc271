package io.qualify.report;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** How the pages write times, confidences and the names they link to. */
final class Formats {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Formats() {
    }

    /** A time as a reviewer reads it, to the second with its offset; "" for none. */
    static String time(OffsetDateTime time) {
        return time == null ? "" : SHOWN.format(time);
    }

    /** A time's sort key for a table (epoch milliseconds); none sorts last. */
    static long sortKey(OffsetDateTime time) {
        return time == null ? Long.MAX_VALUE : time.toInstant().toEpochMilli();
    }

    /** A confidence (0 to 1) as a whole percentage. */
    static int percent(double confidence) {
        return (int) Math.round(confidence * 100);
    }

    /**
     * {@code name} as one path segment of a relative link: every byte of its UTF-8 but the unreserved
     * characters percent-encoded, so a name holding {@code / ? # :} or a scheme stays a file name.
     */
    static String pathSegment(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || c == '~')) {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
        }
        return out.toString();
    }
}
