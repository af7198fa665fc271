package io.qualify.pipeline;

import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.Field;
import io.qualify.extract.Extraction;
import io.qualify.extract.IdCardExtractor;
import io.qualify.extract.TextLine;
import io.qualify.ocr.CardReader;
import io.qualify.ocr.CardReader.CardReading;
import io.qualify.ocr.CardReader.Side;
import io.qualify.ocr.OcrEngine;
import io.qualify.ocr.OcrResult;
import io.qualify.ocr.PageImages;
import io.qualify.text.IdNumbers;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a photo as a resident ID card: cut the card out, decide which way it faces and whether the
 * photo is mirrored ({@link CardReader}), tell the front from the back by its labels and a handheld
 * shot from a card alone, and read the side's fields. The document's {@code rotation} is how the card
 * is turned in the photo as taken (180 is a card held upside down), {@code mirrored} whether the photo
 * is a selfie's mirror image. Null when no card's labels were read: the photo is something else.
 */
final class IdCardPhotos {

    /** Fewer labels than this read off a card leave the side unknown, unless the page read as a card. */
    private static final int MIN_LABELS = 2;
    private static final Pattern NUMBER = Pattern.compile("[0-9X]{15,20}");

    private final CardReader reader = new CardReader();
    private final IdCardExtractor extractor = new IdCardExtractor();

    /** @param pageKind what the page reading classified the photo as */
    Document read(String file, BufferedImage photo, OcrEngine engine, DocumentKind pageKind) {
        int base = photo.getHeight() > photo.getWidth() ? 90 : 0;
        BufferedImage card = PageImages.rotateClockwise(photo, base);
        CardReading reading = reader.read(card, engine);
        Map<String, Object> evidence = new HashMap<>(reading.evidence());
        boolean pageWasCard = pageKind != DocumentKind.UNKNOWN;
        if (reading.side() == Side.NONE || (int) evidence.get("labelsFound") < MIN_LABELS && !pageWasCard) {
            return null;
        }
        int rotation = Math.floorMod(base + reading.turn(), 360);
        List<TextLine> lines = reading.ocr().lines().stream().map(TextLine::of).toList();
        Extraction extraction = reading.side() == Side.FRONT ? extractor.front(lines) : extractor.back(lines);
        Map<String, Field> fields = new HashMap<>(extraction.fields());
        evidence.putAll(extraction.evidence());
        evidence.put("orientationSure", reading.turnSure());
        evidence.put("mirrorSure", reading.mirrorSure());
        if (reading.side() == Side.FRONT) {
            confirmNumber(reading, engine, fields, evidence);
        }
        DocumentKind kind = reading.side() == Side.FRONT ? DocumentKind.ID_CARD_FRONT : DocumentKind.ID_CARD_BACK;
        return new Document(file, kind, 1, rotation, reading.mirrored(), false, fields, reading.ocr().text(),
                reading.ocr().meanConfidence(), null, evidence);
    }

    /**
     * Reads the number row again with the Latin model. The two readings agreeing is what a refusal of
     * the number needs; when only the second passes its check, the second is taken.
     */
    private void confirmNumber(CardReading reading, OcrEngine engine, Map<String, Field> fields, Map<String, Object> evidence) {
        OcrResult again = reader.rereadNumber(reading, engine);
        Field first = fields.get("idNumber");
        String second = null;
        Matcher m = NUMBER.matcher(again.text().replace(" ", ""));
        while (m.find()) {
            if (second == null || IdNumbers.isValid(m.group()) && !IdNumbers.isValid(second)) {
                second = m.group();
            }
        }
        if (second == null) {
            evidence.put("idNumberAgreed", false);
            return;
        }
        boolean agreed = first != null && first.value().equals(second);
        if (agreed) {
            // two models read the same characters: as sure as the surer of them
            fields.put("idNumber", new Field(second, Math.max(first.confidence(), again.meanConfidence())));
        } else if (first == null || !IdNumbers.isValid(first.value()) && IdNumbers.isValid(second)) {
            fields.put("idNumber", new Field(second, again.meanConfidence()));
        }
        evidence.put("idNumberAgreed", agreed);
    }
}
