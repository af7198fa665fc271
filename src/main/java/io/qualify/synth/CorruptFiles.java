package io.qualify.synth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Files no reader can open, for DOCUMENT_UNREADABLE: random bytes named .jpg or .pdf, a PDF header followed by
 * garbage, or a JPEG cut off inside its header (before any image data). {@link #make(Random, byte[])} returns the
 * bytes, the extension and how it was spoiled.
 */
final class CorruptFiles {

    /** The spoiled file: its bytes, the extension to give it and the recorded corruption. */
    record Corrupt(byte[] bytes, String extension, Map<String, Object> description) {
    }

    private CorruptFiles() {
    }

    /** @param validJpeg a valid JPEG whose header may be used for the truncated variant */
    static Corrupt make(Random rnd, byte[] validJpeg) {
        Map<String, Object> d = new LinkedHashMap<>();
        int variant = rnd.nextInt(4);
        byte[] bytes;
        String ext;
        switch (variant) {
            case 0 -> {
                bytes = random(rnd, 20_000 + rnd.nextInt(80_000));
                ext = "jpg";
                d.put("corruption", "random-bytes");
            }
            case 1 -> {
                bytes = random(rnd, 20_000 + rnd.nextInt(80_000));
                ext = "pdf";
                d.put("corruption", "random-bytes");
            }
            case 2 -> {
                bytes = withPrefix("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<<", random(rnd, 30_000));
                ext = "pdf";
                d.put("corruption", "pdf-header-then-garbage");
            }
            default -> {
                bytes = java.util.Arrays.copyOf(validJpeg, Math.min(validJpeg.length, 120 + rnd.nextInt(200)));
                ext = "jpg";
                d.put("corruption", "jpeg-truncated-in-header");
            }
        }
        d.put("bytes", bytes.length);
        return new Corrupt(bytes, ext, d);
    }

    private static byte[] random(Random rnd, int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }

    private static byte[] withPrefix(String prefix, byte[] rest) {
        byte[] head = prefix.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] out = java.util.Arrays.copyOf(head, head.length + rest.length);
        System.arraycopy(rest, 0, out, head.length, rest.length);
        return out;
    }
}
