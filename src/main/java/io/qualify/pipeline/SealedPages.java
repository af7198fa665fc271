package io.qualify.pipeline;

import io.qualify.document.Box;
import io.qualify.document.Sealing;
import io.qualify.ocr.OcrEngine;
import io.qualify.ocr.ReadPage;
import io.qualify.ocr.SealText;
import io.qualify.ocr.SealTextReader;
import io.qualify.vision.Seal;
import io.qualify.vision.SealFinder;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks for the company seal on a letter's or a commitment's pages: every red seal the finder sees,
 * as evidence, and whether one lies near the sign-off. The sign-off closes the last page, and stands
 * high on it when the text is short, so a seal counts there when it is on the last page below the
 * letterhead; a red mark at the head of a page (a letterhead's logo) does not seal anything. The text
 * of the seal that seals the sign-off (the arc, where the enterprise's name runs) is read too, for R19.
 * Call {@link #look} with the calling thread's engine.
 */
final class SealedPages {

    /** A seal whose centre lies above this share of the page's height is in the letterhead. */
    private static final double LETTERHEAD = 0.2;

    private final SealFinder finder = new SealFinder();
    private final SealTextReader texts = new SealTextReader();

    /** What was seen: each page's seals' boxes, and the seals as evidence. */
    record Look(List<List<Box>> boxes, Sealing sealing) {

        /** Whether a seal is on the pages. */
        boolean sealed() {
            return !sealing.seals().isEmpty();
        }
    }

    /**
     * @param pages  the document's pages as read, upright
     * @param engine reads the text of the seal that seals the sign-off
     */
    Look look(List<ReadPage> pages, OcrEngine engine) {
        List<Sealing.Mark> found = new ArrayList<>();
        List<List<Box>> boxes = new ArrayList<>();
        Seal signing = null;
        BufferedImage lastPage = null;
        for (int i = 0; i < pages.size(); i++) {
            BufferedImage image = pages.get(i).upright().image();
            List<Box> onPage = new ArrayList<>();
            boxes.add(onPage);
            for (Seal seal : finder.find(image)) {
                found.add(describe(i, seal));
                onPage.add(seal.box());
                if (signing == null && i == pages.size() - 1 && seal.box().centerY() > image.getHeight() * LETTERHEAD) {
                    signing = seal;
                    lastPage = image;
                }
            }
        }
        Boolean nearSignOff = found.isEmpty() ? null : signing != null;
        String sealText = null;
        Double sealTextConfidence = null;
        if (signing != null) {
            SealText text = texts.read(lastPage, signing, engine);
            if (!text.text().isEmpty()) {
                sealText = text.text().lines().findFirst().orElse("");
                sealTextConfidence = Math.round(text.confidence() * 100) / 100.0;
            }
        }
        return new Look(boxes, new Sealing(true, found, nearSignOff, sealText, sealTextConfidence));
    }

    private static Sealing.Mark describe(int page, Seal seal) {
        return new Sealing.Mark(page + 1, seal.box(), Math.round(seal.confidence() * 100) / 100.0, seal.shape().name(),
                seal.star());
    }
}
