package io.qualify.pipeline;

import io.qualify.document.CardEvidence;
import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.Evidence;
import io.qualify.document.Field;
import io.qualify.document.FieldNames;
import io.qualify.extract.Extraction;
import io.qualify.extract.IdCardExtractor;
import io.qualify.extract.TextLine;
import io.qualify.ocr.CardReader;
import io.qualify.ocr.CardReader.CardReading;
import io.qualify.ocr.CardReader.Side;
import io.qualify.ocr.OcrEngine;
import io.qualify.ocr.OcrLine;
import io.qualify.ocr.OcrResult;
import io.qualify.text.IdNumbers;
import io.qualify.vision.CardFinder;
import io.qualify.vision.CardFinder.FoundCard;
import io.qualify.vision.CardScene;
import io.qualify.vision.CardSceneAnalyzer;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a photo as a resident ID card: cut the card out, decide which way it faces and whether the
 * photo is mirrored ({@link CardReader}), tell the front from the back by its labels and a handheld
 * shot from a card alone, and read the side's fields. The document's {@code rotation} is how the card
 * is turned in the photo as taken (180 is a card held upside down), {@code mirrored} whether the photo
 * is a selfie's mirror image; its evidence holds the card's outline in the photo, and the scores
 * behind the turn, the mirroring and the handheld call.
 */
final class IdCardPhotos {

    /** Fewer labels than this read off a card leave the side unknown, unless the page read as a card. */
    private static final int MIN_LABELS = 2;
    private static final Pattern NUMBER = Pattern.compile("[0-9X]{15,20}");

    /** A photo narrower than this (pixels) or longer than this many times its width holds no readable card. */
    private static final int MIN_SIDE = 60;
    private static final double MAX_ASPECT = 4;
    /** A card outline found less surely than this is not used: the photo is read whole. */
    private static final double MIN_CARD_CONFIDENCE = 0.5;
    /** An outline this sure is a card even when nothing on it could be read. */
    private static final double SEEN_CARD_CONFIDENCE = 0.8;

    /**
     * A page turn the direction classifier's votes led by this much (about six lines read surely one way;
     * a card prints eight to ten) is sure enough to call a card photographed without its outline upside down.
     */
    static final double SURE_PAGE_TURN = 6.0;

    /** A card covering less of the photo than this, with a person around it, is held up. */
    private static final double HANDHELD_SHARE = 0.20;
    /** A card covering less of the photo than this is held up when any skin is beside it. */
    private static final double HELD_UP_SHARE = 0.10;
    /** A scene score ({@link CardScene#score}) this high shows a person, not a skin-toned desk. */
    private static final double PERSON_SCORE = 0.4;

    private final CardFinder finder = new CardFinder();
    private final CardSceneAnalyzer scenes = new CardSceneAnalyzer();
    private final CardReader reader = new CardReader();
    private final IdCardExtractor extractor = new IdCardExtractor();

    /**
     * The photo read as a card: {@code document} is null when no card's labels were read, and then
     * {@code cardSeen} says whether a card-shaped outline, or a person holding something up, was
     * seen all the same.
     */
    record Result(Document document, boolean cardSeen) {
    }

    /**
     * A photo's card outline, if one was found, and, when the outline is sure ({@link #SEEN_CARD_CONFIDENCE})
     * and its cut-out read plainly as a card's side ({@link CardReader#readPlainly}), that reading: looked
     * for before the page is read, so that a photo of a card read plainly needs no page reading. A
     * licence photographed whole has a card's outline as often as not; it costs one reading of the cut-out.
     */
    record Look(Optional<FoundCard> found, CardReading reading) {

        static final Look NONE = new Look(Optional.empty(), null);

        /** Whether the cut-out read as a card's side at the first try: unturned, unmirrored, its labels found. */
        boolean plainCard() {
            return reading != null && reading.side() != Side.NONE;
        }
    }

    /** The photo's card outline and, when the outline is sure, its cut-out's plain reading; nothing for a photo too small or thin. */
    Look look(BufferedImage photo, OcrEngine engine) {
        if (!mayHoldCard(photo)) {
            return Look.NONE;
        }
        Optional<FoundCard> found = outline(photo);
        CardReading reading = found.filter(c -> c.confidence() >= SEEN_CARD_CONFIDENCE)
                .flatMap(c -> reader.readPlainly(c.card(), engine)).orElse(null);
        return new Look(found, reading);
    }

    /** The card's outline in the photo, when found at least {@link #MIN_CARD_CONFIDENCE} sure. */
    private Optional<FoundCard> outline(BufferedImage photo) {
        return finder.find(photo).filter(c -> c.confidence() >= MIN_CARD_CONFIDENCE);
    }

    private static boolean mayHoldCard(BufferedImage photo) {
        return Math.min(photo.getWidth(), photo.getHeight()) >= MIN_SIDE
                && Math.max(photo.getWidth(), photo.getHeight()) <= MAX_ASPECT * Math.min(photo.getWidth(), photo.getHeight());
    }

    /**
     * @param pageKind     what the page reading classified the photo as (UNKNOWN when the page was not read)
     * @param pageLines    that reading's lines, used when no card outline is found but the page read as a card
     * @param pageRotation the turn that reading found
     * @param pageTurnLead how far the direction classifier's votes for that turn led (0 when it was not trusted)
     * @param look         what {@link #look} found in this photo, or null to look now
     */
    Result read(String file, BufferedImage photo, OcrEngine engine, DocumentKind pageKind, List<OcrLine> pageLines,
                int pageRotation, double pageTurnLead, Look look) {
        if (!mayHoldCard(photo)) {
            return new Result(null, false); // too small or too thin to hold a card
        }
        Look seen = look != null ? look : new Look(outline(photo), null);
        Optional<FoundCard> found = seen.found();
        boolean pageWasCard = pageKind != DocumentKind.UNKNOWN;
        if (found.isEmpty() && pageWasCard) {
            return new Result(fromPage(file, photo, pageKind, pageLines, pageRotation, pageTurnLead), true);
        }
        BufferedImage cutOut = found.map(FoundCard::card).orElse(photo);
        CardReading reading = seen.reading() != null ? seen.reading() : reader.read(cutOut, engine);
        // enough to call it a card: labels, a number that passes, a sure outline with a number on it, or the page reading
        double number = reading.stance().numberScore();
        boolean card = reading.stance().labelsFound() >= MIN_LABELS || number >= 2 || pageWasCard
                || number >= 1 && found.filter(c -> c.confidence() >= SEEN_CARD_CONFIDENCE).isPresent();
        if (reading.side() == Side.NONE || !card) {
            if (pageWasCard) {
                // the outline's cut-out read worse than the whole page did: the page reading stands
                return new Result(fromPage(file, photo, pageKind, pageLines, pageRotation, pageTurnLead), true);
            }
            // a person holding something card-like is likely the handheld photo, unread
            boolean personSeen = scenes.analyze(photo, found.map(FoundCard::quad).orElse(List.of())).handheld();
            return new Result(null, personSeen || found.filter(c -> c.confidence() >= SEEN_CARD_CONFIDENCE).isPresent());
        }
        int rotation = found.map(c -> c.rotationInPhoto(reading.turn())).orElse(reading.turn());
        CardEvidence.Outline outline = found.map(c -> new CardEvidence.Outline(
                c.quad().stream().map(p -> new CardEvidence.Corner(Math.round(p.getX()), Math.round(p.getY()))).toList(),
                Math.round(c.confidence() * 100) / 100.0, Math.round(c.areaShare() * 1000) / 1000.0)).orElse(null);
        CardScene scene = scenes.analyze(photo, found.map(FoundCard::quad).orElse(List.of()));
        List<TextLine> lines = reading.ocr().lines().stream().map(TextLine::of).toList();
        Extraction extraction = reading.side() == Side.FRONT ? extractor.front(lines) : extractor.back(lines);
        Map<String, Field> fields = new HashMap<>(extraction.fields());
        CardEvidence.Readings readings = extraction.evidence().card().readings();
        if (reading.side() == Side.FRONT) {
            readings = readings.withNumberAgreed(confirmNumber(reading, engine, fields));
        }
        Evidence evidence = Evidence.of(CardEvidence.read(outline, Math.round(scene.score() * 100) / 100.0,
                reading.stance(), readings));
        // the handheld photo shows the front beside the face; a back held up is still the back
        boolean handheld = reading.side() == Side.FRONT && handheld(scene, found);
        DocumentKind kind = handheld ? DocumentKind.ID_CARD_HANDHELD
                : reading.side() == Side.FRONT ? DocumentKind.ID_CARD_FRONT : DocumentKind.ID_CARD_BACK;
        return new Result(Document.of(file, kind).pages(1).rotation(rotation).mirrored(reading.mirrored()).fields(fields)
                .read(reading.ocr().text(), reading.ocr().meanConfidence()).evidence(evidence).build(), true);
    }

    /**
     * A photo the page reading took for a card while no outline was found (a white card on a white
     * shirt): its fields are read off the page reading, its turn is the page's (sure when the direction
     * classifier led by {@link #SURE_PAGE_TURN}), and only the scene tells a handheld shot. No mirror can
     * be judged: a mirrored card would not have read as one.
     */
    private Document fromPage(String file, BufferedImage photo, DocumentKind pageKind, List<OcrLine> lines, int rotation,
                              double turnLead) {
        List<TextLine> text = lines.stream().map(TextLine::of).toList();
        boolean front = pageKind != DocumentKind.ID_CARD_BACK;
        Extraction extraction = front ? extractor.front(text) : extractor.back(text);
        CardScene scene = scenes.analyze(photo, List.of());
        Evidence evidence = Evidence.of(CardEvidence.readOffPage(Math.round(scene.score() * 100) / 100.0,
                CardEvidence.Stance.ofPage(Math.round(turnLead * 100) / 100.0, turnLead >= SURE_PAGE_TURN),
                extraction.evidence().card().readings()));
        DocumentKind kind = front && scene.handheld() ? DocumentKind.ID_CARD_HANDHELD
                : front ? DocumentKind.ID_CARD_FRONT : DocumentKind.ID_CARD_BACK;
        OcrResult all = new OcrResult(lines);
        return Document.of(file, kind).pages(1).rotation(rotation).fields(extraction.fields())
                .read(all.text(), all.meanConfidence()).evidence(evidence).build();
    }

    /**
     * Whether the photo shows the card held up by a person rather than the card photographed for
     * itself: signs of a person around the card (skin that is not the whole surface, a face) with the
     * card covering under a fifth of the photo, or any skin beside a card covering under a tenth (a
     * card that small was not what the photo was taken of). Without an outline, the scene alone.
     */
    private static boolean handheld(CardScene scene, Optional<FoundCard> found) {
        if (found.isEmpty()) {
            return scene.handheld();
        }
        double share = found.get().areaShare();
        return share < HANDHELD_SHARE && scene.score() >= PERSON_SCORE || share < HELD_UP_SHARE && scene.skinShare() > 0;
    }

    /**
     * Reads the number row again with the Latin model. The two readings agreeing is what a refusal of
     * the number needs; when only the second passes its check, the second is taken.
     *
     * @return whether the two readings agreed
     */
    private boolean confirmNumber(CardReading reading, OcrEngine engine, Map<String, Field> fields) {
        OcrResult again = reader.rereadNumber(reading, engine);
        Field first = fields.get(FieldNames.ID_NUMBER);
        String second = null;
        Matcher m = NUMBER.matcher(again.text().replace(" ", ""));
        while (m.find()) {
            if (second == null || IdNumbers.isValid(m.group()) && !IdNumbers.isValid(second)) {
                second = m.group();
            }
        }
        if (second == null) {
            return false;
        }
        // the first reading holds the same characters, on any of its lines: the two models agree
        boolean agreed = reading.ocr().text().replace(" ", "").contains(second);
        if (agreed) {
            // two models read the same characters: as sure as the surer of them
            double firstConfidence = first == null ? 0 : first.confidence();
            fields.put(FieldNames.ID_NUMBER, new Field(second, Math.max(firstConfidence, again.meanConfidence())));
        } else if (first == null || !IdNumbers.isValid(first.value()) && IdNumbers.isValid(second)) {
            fields.put(FieldNames.ID_NUMBER, new Field(second, again.meanConfidence()));
        }
        return agreed;
    }
}
