package io.qualify.synth;

import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * A renderer of typed office papers (portrait A4): it lays the content out once as a {@link Sheet}, which
 * becomes an image to degrade ({@link #render}) or a born-digital PDF with real text ({@link SheetPdf}).
 *
 * @param <T> the content type this renderer lays out
 */
interface PaperRenderer<T extends DocumentTruth> extends DocumentRenderer<T> {

    /** Lays {@code truth} out in {@code style}; {@code rnd} varies the layout's details. */
    Sheet layout(T truth, RenderStyle style, Random rnd);

    @Override
    default boolean landscape(T truth) {
        return false;
    }

    @Override
    default BufferedImage render(T truth, RenderStyle style, Random rnd) {
        return layout(truth, style, rnd).paint(rnd);
    }
}
