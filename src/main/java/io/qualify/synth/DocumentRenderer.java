package io.qualify.synth;

import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Draws one kind of synthetic document from its known content. One implementation per kind
 * ({@link LicenceRenderer}, {@link InstitutionCertificateRenderer}, {@link OtherDocumentRenderer}, and the typed
 * papers {@link LetterRenderer} and {@link CommitmentRenderer}, which can also be written as born-digital PDFs). ID cards are not pages and have their own {@link IdCardRenderer}, photographed by
 * {@link IdPhotos}. Call {@link #render(DocumentTruth, int, Random)} for a random look, or
 * {@link #render(DocumentTruth, RenderStyle, Random)} to fix it.
 *
 * @param <T> the content type this renderer draws
 */
public interface DocumentRenderer<T extends DocumentTruth> {

    /** The SPEC.md §4 kind a perfect classifier gives the rendered document. */
    GeneratedKind kind();

    /** Whether {@code truth} is drawn on a landscape page. */
    boolean landscape(T truth);

    /** Draws {@code truth} in {@code style}; {@code rnd} only varies details such as the QR block. */
    BufferedImage render(T truth, RenderStyle style, Random rnd);

    /** Draws {@code truth} on a page {@code width} pixels wide in a random style. */
    default BufferedImage render(T truth, int width, Random rnd) {
        return render(truth, RenderStyle.random(rnd, Fonts.installed(), width, landscape(truth)), rnd);
    }
}
