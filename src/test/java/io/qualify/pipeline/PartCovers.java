package io.qualify.pipeline;

import io.qualify.document.Box;
import io.qualify.ocr.OcrLine;
import io.qualify.ocr.OcrSymbol;
import io.qualify.ocr.OcrWord;
import io.qualify.ocr.SegmentationMode;
import io.qualify.ocr.paddle.PaddleEngine;
import io.qualify.ocr.paddle.PaddleModels;
import io.qualify.ocr.paddle.PaddleNatives;
import io.qualify.synth.SealDrawer;
import io.qualify.synth.SealInk;
import io.qualify.synth.SealTruth;
import io.qualify.text.Texts;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Finds a value printed on a page (by PP-OCR's characters' boxes) and covers it with a seal and a shadow. */
final class PartCovers {

    private PartCovers() {
    }

    /** The box of the characters of {@code value} where a line of the page holds it. */
    static Box find(BufferedImage page, String value) {
        PaddleNatives.assumeAvailable();
        String wanted = Texts.normalize(value).replace(" ", "");
        try (PaddleEngine engine = new PaddleEngine(PaddleModels.shared(Path.of("models")), 960, null)) {
            for (OcrLine line : engine.recognize(page, 0, SegmentationMode.PAGE).lines()) {
                List<OcrSymbol> symbols = new ArrayList<>();
                line.words().stream().map(OcrWord::symbols).forEach(symbols::addAll);
                StringBuilder text = new StringBuilder();
                symbols.forEach(s -> text.append(Texts.normalize(s.text())));
                int at = text.indexOf(wanted);
                if (at >= 0 && text.length() == symbols.size()) {
                    Box box = symbols.get(at).box();
                    for (int i = at; i < at + wanted.length(); i++) {
                        box = box.union(symbols.get(i).box());
                    }
                    return box;
                }
            }
        }
        throw new IllegalStateException("the clean letter does not show " + value);
    }

    /** A deep company seal pressed over the box and a dark shadow over what it holds. */
    static void cover(BufferedImage page, Box box) {
        double r = Math.max(box.height() * 3.0, box.width() * 0.45);
        BufferedImage seal = SealDrawer.impression(SealDrawer.outline(
                new SealTruth("南京蓝海科技有限公司", SealTruth.Shape.ROUND, null, null, false), r, "Noto Sans CJK SC"),
                r, 0.3, new SealInk(new Color(200, 20, 30), 0.95, 0.1, 0, 0), new Random(1));
        SealDrawer.stamp(page, seal, box.x() + box.width() / 2.0, box.y() + box.height() / 2.0);
        Graphics2D g = page.createGraphics();
        try {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.8f));
            g.setColor(new Color(70, 70, 70));
            g.fillRect(box.x() - 2, box.y() - 2, box.width() + 4, box.height() + 4);
        } finally {
            g.dispose();
        }
    }
}
