package io.qualify.intake;

import io.qualify.text.Digests;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What identifies and bounds a submission's content: its SHA-256 (a zip's bytes; a directory's files,
 * names and bytes in name order) and the checks every source applies before a review (a zip's magic
 * number, the size limit). Names from outside are made safe as file names here too.
 */
public final class Contents {

    private static final byte[] ZIP_MAGIC = {'P', 'K'};

    private Contents() {
    }

    public static String sha256(byte[] content) {
        return Digests.sha256Hex(content);
    }

    public static String sha256(Path path) throws IOException {
        MessageDigest digest = Digests.sha256();
        if (Files.isDirectory(path)) {
            for (Path file : files(path)) {
                digest.update(path.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update(ByteBuffer.allocate(9).put((byte) 0).putLong(Files.size(file)).array());
                update(digest, file);
            }
        } else {
            update(digest, path);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Refuses what is not a zip archive or is larger than {@code maxBytes}. */
    public static void checkZip(byte[] content, long maxBytes) throws UnprocessableSubmissionException {
        checkSize(content.length, maxBytes);
        if (content.length < 4 || content[0] != ZIP_MAGIC[0] || content[1] != ZIP_MAGIC[1]) {
            throw new UnprocessableSubmissionException("not a zip archive (a submission is one .zip of its documents)");
        }
    }

    public static void checkZip(Path zip, long maxBytes) throws IOException, UnprocessableSubmissionException {
        checkSize(Files.size(zip), maxBytes);
        try (InputStream in = Files.newInputStream(zip)) {
            checkZip(in.readNBytes(4), Long.MAX_VALUE);
        }
    }

    public static void checkDirectory(Path dir, long maxBytes) throws IOException, UnprocessableSubmissionException {
        long total = 0;
        for (Path file : files(dir)) {
            total += Files.size(file);
        }
        checkSize(total, maxBytes);
    }

    /** A name safe as a file name: no path separators, no leading dot, at most 120 characters. */
    public static String safeName(String name, String fallback) {
        String safe = name == null ? "" : name.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceFirst("^\\.+", "");
        if (safe.toLowerCase().endsWith(".zip")) {
            safe = safe.substring(0, safe.length() - 4);
        }
        return safe.isEmpty() ? fallback : safe.substring(0, Math.min(120, safe.length()));
    }

    private static void checkSize(long size, long maxBytes) throws UnprocessableSubmissionException {
        if (size > maxBytes) {
            throw new UnprocessableSubmissionException("too large: " + size + " bytes, the limit is " + maxBytes);
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            // a link is never followed: what it points at is not the submission's (DirectorySubmissions refuses it)
            return all.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
    }

    private static void update(MessageDigest digest, Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    /** Deletes a folder and everything in it; nothing when it does not exist. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
