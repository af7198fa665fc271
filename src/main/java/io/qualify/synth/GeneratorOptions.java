package io.qualify.synth;

import java.util.Set;

/**
 * Knobs of {@link SubmissionGenerator}; a null or zero knob means "draw at random".
 *
 * @param layout              licence layout for scenarios that allow a choice
 * @param degradation         degradation level of every document
 * @param formats             formats the certificate may be written in (never empty)
 * @param valuePx             value glyph height in pixels (18..60 when random)
 * @param rotationProbability chance that a document is turned by a quarter turn
 * @param jpegQuality         JPEG/PDF quality of the written file, 0 for random 70..92
 * @param idPhotoPx           the long side of ID card photos in pixels, 0 for random (1400..2800, phone-sized);
 *                            small values make fast tests
 */
public record GeneratorOptions(LicenceLayout layout, DegradationLevel degradation, Set<ImageFormat> formats,
        int valuePx, double rotationProbability, int jpegQuality, int idPhotoPx) {

    public GeneratorOptions {
        formats = Set.copyOf(formats);
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("formats must not be empty");
        }
    }

    /** Everything random, every format, no quarter turns. */
    public static GeneratorOptions random() {
        return new GeneratorOptions(null, null, Set.of(ImageFormat.values()), 0, 0, 0, 0);
    }

    public GeneratorOptions withLayout(LicenceLayout l) {
        return new GeneratorOptions(l, degradation, formats, valuePx, rotationProbability, jpegQuality, idPhotoPx);
    }

    public GeneratorOptions withDegradation(DegradationLevel d) {
        return new GeneratorOptions(layout, d, formats, valuePx, rotationProbability, jpegQuality, idPhotoPx);
    }

    public GeneratorOptions withFormats(Set<ImageFormat> f) {
        return new GeneratorOptions(layout, degradation, f, valuePx, rotationProbability, jpegQuality, idPhotoPx);
    }

    public GeneratorOptions withValuePx(int px) {
        return new GeneratorOptions(layout, degradation, formats, px, rotationProbability, jpegQuality, idPhotoPx);
    }

    public GeneratorOptions withRotationProbability(double p) {
        return new GeneratorOptions(layout, degradation, formats, valuePx, p, jpegQuality, idPhotoPx);
    }

    public GeneratorOptions withIdPhotoPx(int px) {
        return new GeneratorOptions(layout, degradation, formats, valuePx, rotationProbability, jpegQuality, px);
    }

    public GeneratorOptions withJpegQuality(int q) {
        return new GeneratorOptions(layout, degradation, formats, valuePx, rotationProbability, q, idPhotoPx);
    }
}
