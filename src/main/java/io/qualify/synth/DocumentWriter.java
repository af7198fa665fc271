package io.qualify.synth;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Renders, degrades, encodes and writes one document of a submission under a neutral name, returning the
 * {@link GeneratedFile} record of it. One instance per submission (it owns the name pool).
 */
final class DocumentWriter {

    /** Lossless formats only for pages up to this many pixels, so files stay far below upload limits. */
    private static final long LOSSLESS_MAX_PIXELS = 4_500_000L;

    private final Path dir;
    private final Random rnd;
    private final GeneratorOptions options;
    private final FileNames names;

    DocumentWriter(Path dir, Random rnd, GeneratorOptions options) {
        this.dir = dir;
        this.rnd = rnd;
        this.options = options;
        this.names = new FileNames(rnd);
    }

    /** Renders {@code truth} with {@code renderer} and writes it. */
    <T extends DocumentTruth> GeneratedFile write(DocumentRenderer<T> renderer, T truth, int valuePx)
            throws IOException {
        boolean landscape = renderer.landscape(truth);
        int width = RenderStyle.widthForValueHeight(valuePx, landscape);
        BufferedImage page = renderer.render(truth, RenderStyle.random(rnd, Fonts.installed(), width, landscape), rnd);
        DegradationLevel level = options.degradation() != null ? options.degradation() : randomLevel();
        Degrader.Degraded degraded = new Degrader(options.rotationProbability()).apply(page, level, rnd);
        ImageFormat format = format(degraded.image());
        int quality = options.jpegQuality() > 0 ? options.jpegQuality() : 70 + rnd.nextInt(23);
        Map<String, Object> params = degraded.parameters();
        if (format == ImageFormat.JPEG || format == ImageFormat.PDF) {
            params.put("fileJpegQuality", quality);
        }
        byte[] bytes = ImageFiles.encode(degraded.image(), format, quality);
        String name = names.next(format.extension());
        Files.write(dir.resolve(name), bytes);
        return new GeneratedFile(name, renderer.kind(), format, params, truth);
    }

    /**
     * Writes a letter or commitment: about one in four as a born-digital PDF with a text layer (when the options
     * allow PDF and a CJK font can be embedded), the seal as vector art or, one in three, as an image; the rest
     * rendered and degraded like a licence.
     */
    <T extends DocumentTruth> GeneratedFile writePaper(PaperRenderer<T> renderer, T truth, int valuePx)
            throws IOException {
        Fonts embeddable = options.formats().contains(ImageFormat.PDF) ? PdfFonts.asFonts() : null;
        if (embeddable == null || rnd.nextInt(4) != 0) {
            return write(renderer, truth, valuePx);
        }
        boolean sealAsImage = rnd.nextInt(3) == 0;
        int width = RenderStyle.widthForValueHeight(valuePx, false);
        Sheet sheet = renderer.layout(truth, RenderStyle.random(rnd, embeddable, width, false), rnd);
        byte[] bytes = SheetPdf.bytes(sheet, sealAsImage);
        String name = names.next(ImageFormat.PDF.extension());
        Files.write(dir.resolve(name), bytes);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("level", "BORN_DIGITAL");
        params.put("sealDrawnAs", sealAsImage ? "image" : "vector");
        params.put("rotation", 0);
        return new GeneratedFile(name, renderer.kind(), ImageFormat.PDF, params, truth);
    }

    /**
     * Takes and writes one photo of the ID card {@code card} (JPEG mostly, sometimes PNG when the options
     * allow PNG at all: phones give these two); the file's truth shows the face photographed.
     */
    GeneratedFile writeIdPhoto(IdCardTruth card, IdShot shot) throws IOException {
        Degrader.Degraded photo = IdPhotos.take(card, shot, options.idPhotoPx(), rnd);
        boolean small = (long) photo.image().getWidth() * photo.image().getHeight() <= LOSSLESS_MAX_PIXELS;
        boolean png = rnd.nextInt(100) < 15;
        ImageFormat format = small && png && options.formats().contains(ImageFormat.PNG) ? ImageFormat.PNG : ImageFormat.JPEG;
        int quality = 70 + rnd.nextInt(23);
        Map<String, Object> params = photo.parameters();
        if (format == ImageFormat.JPEG) {
            params.put("fileJpegQuality", quality);
        }
        byte[] bytes = ImageFiles.encode(photo.image(), format, quality);
        String name = names.next(format.extension());
        Files.write(dir.resolve(name), bytes);
        return new GeneratedFile(name, shot.kind(), format, params, card.withSide(shot.side()));
    }

    /** Writes a file no reader can open. */
    GeneratedFile writeCorrupt() throws IOException {
        BufferedImage tiny = new BufferedImage(64, 48, BufferedImage.TYPE_3BYTE_BGR);
        CorruptFiles.Corrupt c = CorruptFiles.make(rnd, ImageFiles.jpegBytes(tiny, 80));
        String name = names.next(c.extension());
        Files.write(dir.resolve(name), c.bytes());
        return new GeneratedFile(name, GeneratedKind.UNREADABLE, null, c.description(), null);
    }

    private DegradationLevel randomLevel() {
        int r = rnd.nextInt(100);
        return r < 15 ? DegradationLevel.NONE : r < 55 ? DegradationLevel.SCAN
                : r < 85 ? DegradationLevel.PHOTO : DegradationLevel.LOWRES;
    }

    private ImageFormat format(BufferedImage image) {
        List<ImageFormat> allowed = new ArrayList<>(options.formats());
        allowed.sort(null);
        boolean large = (long) image.getWidth() * image.getHeight() > LOSSLESS_MAX_PIXELS;
        List<ImageFormat> fitting = allowed.stream().filter(f -> !large || !isLossless(f)).toList();
        List<ImageFormat> pool = fitting.isEmpty() ? allowed : fitting;
        if (pool.contains(ImageFormat.JPEG) && rnd.nextInt(100) < 55) {
            return ImageFormat.JPEG;
        }
        return pool.get(rnd.nextInt(pool.size()));
    }

    private static boolean isLossless(ImageFormat f) {
        return f == ImageFormat.PNG || f == ImageFormat.BMP || f == ImageFormat.TIFF;
    }
}
