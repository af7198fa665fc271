package io.qualify.route;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;

/**
 * Submissions a stranger might send, each a zip holding one hostile file beside a small valid licence
 * (sample 03's) so that the rest of the submission can be seen reviewed: the cases issue 14 lists (a
 * zero-byte file, a truncated JPEG, a 40000×40000 PNG, an encrypted PDF, a 3000-page PDF, HTML named
 * .pdf, an SVG with a script, an executable named .png, a broken application.json, a 3 GiB zip bomb),
 * zip-slip entries, and a document that takes far longer to read than any budget a test sets.
 */
final class HostileSubmissions {

    static final Path LICENCE = Path.of("samples/03-clean-old-style-lowres/file2.jpg");

    private HostileSubmissions() {
    }

    /**
     * Every hostile submission by name, as zip bytes. {@code slipTarget} is where a zip-slip entry would
     * land if it were ever extracted (it must never exist); {@code tag}, the archives' comment, makes the
     * same cases other content (the service reviews the same bytes once).
     */
    static Map<String, byte[]> all(Path slipTarget, String tag) throws IOException {
        byte[] licence = Files.readAllBytes(LICENCE);
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("hostile-zero-bytes", zip(tag, licence, "scan.jpg", new byte[0]));
        all.put("hostile-truncated-jpeg", zip(tag, licence, "photo.jpg", java.util.Arrays.copyOf(licence, licence.length / 2)));
        all.put("hostile-png-bomb", zip(tag, licence, "huge.png", pngClaiming(40_000, 40_000)));
        all.put("hostile-encrypted-pdf", zip(tag, licence, "letter.pdf", encryptedPdf()));
        all.put("hostile-3000-pages", zip(tag, licence, "long.pdf", blankPdf(3000)));
        all.put("hostile-html-as-pdf", zip(tag, licence, "commitment.pdf",
                "<html><body><script>alert(1)</script>承诺书</body></html>".getBytes(StandardCharsets.UTF_8)));
        all.put("hostile-svg-script", zip(tag, licence, "seal.svg", ("<svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<script>alert(document.cookie)</script><text>公章</text></svg>").getBytes(StandardCharsets.UTF_8)));
        all.put("hostile-exe-as-png", zip(tag, licence, "id.png", executable()));
        all.put("hostile-broken-form", zip(tag, licence, "application.json", "{\"enterpriseName\": \"未闭合".getBytes(
                StandardCharsets.UTF_8)));
        all.put("hostile-zip-slip", zipSlip(tag, licence, slipTarget));
        return all;
    }

    /** Sample 03 whole (a clean submission SamplesTest expects approved), with {@code applicationId}. */
    static byte[] cleanSample(String applicationId) throws IOException {
        Path sample = LICENCE.getParent();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); var files = Files.list(sample)) {
            for (Path file : files.sorted().toList()) {
                byte[] content = Files.readAllBytes(file);
                if (file.getFileName().toString().equals("application.json")) {
                    content = new String(content, StandardCharsets.UTF_8).replaceFirst(
                            "\"applicationId\"\\s*:\\s*\"[^\"]*\"", "\"applicationId\" : \"" + applicationId + "\"")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                zip.write(content);
            }
        }
        return bytes.toByteArray();
    }

    /** A submission whose one document is a long PDF of dense print: minutes of reading, not seconds. */
    static byte[] slowDocument(String tag) throws IOException {
        return zip(tag, Files.readAllBytes(LICENCE), "annex.pdf", densePdf(20));
    }

    /** The small licence beside an entry that inflates to 3 GiB of zeros (about 3 MB packed). */
    static void writeZipBomb(Path target, String tag) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            zip.setComment(tag);
            zip.putNextEntry(new ZipEntry("file2.jpg"));
            zip.write(Files.readAllBytes(LICENCE));
            zip.setLevel(Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry("scan.jpg"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 3 * 1024; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
    }

    private static byte[] zip(String tag, byte[] licence, String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setComment(tag);
            zip.putNextEntry(new ZipEntry("file2.jpg"));
            zip.write(licence);
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
        }
        return bytes.toByteArray();
    }

    private static byte[] zipSlip(String tag, byte[] licence, Path target) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setComment(tag);
            zip.putNextEntry(new ZipEntry("file2.jpg"));
            zip.write(licence);
            zip.putNextEntry(new ZipEntry("../../../../../../.." + target.toAbsolutePath()));
            zip.write("slipped".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(target.toAbsolutePath() + ".jpg"));
            zip.write("absolute".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** A PNG whose header claims {@code width}×{@code height} pixels, with a few rows of data. */
    private static byte[] pngClaiming(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflated = new DeflaterOutputStream(rows)) {
            deflated.write(new byte[(width + 1) * 4]);
        }
        chunk(png, "IDAT", rows.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] encryptedPdf() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage(PDRectangle.A4));
            pdf.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
            return save(pdf);
        }
    }

    private static byte[] blankPdf(int pages) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                pdf.addPage(new PDPage(PDRectangle.A4));
            }
            return save(pdf);
        }
    }

    /** {@code pages} scanned A4 pages (images, no text layer), each full of print: every line must be read. */
    private static byte[] densePdf(int pages) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            for (int p = 0; p < pages; p++) {
                BufferedImage scan = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = scan.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, scan.getWidth(), scan.getHeight());
                g.setColor(Color.BLACK);
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
                for (int line = 0; line < 70; line++) {
                    g.drawString("Annex " + p + "." + line + " 0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZ terms of the"
                            + " number application " + (p * 100 + line), 60, 60 + 24 * line);
                }
                g.dispose();
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.drawImage(JPEGFactory.createFromImage(pdf, scan, 0.8f), 0, 0, PDRectangle.A4.getWidth(),
                            PDRectangle.A4.getHeight());
                }
            }
            return save(pdf);
        }
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.save(out);
        return out.toByteArray();
    }

    /** This machine's /bin/true (an ELF executable), or an ELF header where there is none. */
    private static byte[] executable() throws IOException {
        Path exe = Path.of("/bin/true");
        if (Files.isRegularFile(exe)) {
            byte[] all = Files.readAllBytes(exe);
            return java.util.Arrays.copyOf(all, Math.min(all.length, 64 * 1024));
        }
        return new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    }
}
