package io.qualify.pipeline;

import io.qualify.classify.DocumentClassifier;
import io.qualify.classify.DocumentClassifier.Classification;
import io.qualify.document.Box;
import io.qualify.document.CardEvidence;
import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.Evidence;
import io.qualify.document.FieldNames;
import io.qualify.document.Page;
import io.qualify.document.SourceFile;
import io.qualify.extract.CommitmentExtractor;
import io.qualify.extract.Extraction;
import io.qualify.extract.LetterExtractor;
import io.qualify.extract.LicenceExtractor;
import io.qualify.extract.TextLine;
import io.qualify.ocr.OcrEngine;
import io.qualify.ocr.OcrLine;
import io.qualify.ocr.OcrResult;
import io.qualify.ocr.PageReader;
import io.qualify.ocr.ReadPage;
import io.qualify.ocr.Rows;
import io.qualify.render.RenderedPages;
import io.qualify.render.Renderer;
import io.qualify.render.UnreadableDocumentException;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one uploaded file into a {@link Document}: render and read each page → classify → extract. A photo
 * whose card outline reads plainly as an ID card's side ({@link IdCardPhotos#look}) is that card
 * without its page being read. A file that cannot be rendered becomes an unreadable document with
 * the reason; nothing here throws for a bad file. Call {@link #read(SourceFile, OcrEngine)} with an
 * engine the calling thread owns.
 */
public final class DocumentReader {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentReader.class);

    private final Renderer renderer;
    private final PageReader pageReader;
    private final DocumentClassifier classifier = new DocumentClassifier();
    private final LicenceExtractor licences = new LicenceExtractor();
    private final LetterExtractor letters = new LetterExtractor();
    private final CommitmentExtractor commitments = new CommitmentExtractor();
    private final IdCardPhotos cards = new IdCardPhotos();
    private final SealedPages seals = new SealedPages();

    public DocumentReader(Renderer renderer, PageReader pageReader) {
        this.renderer = renderer;
        this.pageReader = pageReader;
    }

    /**
     * The file read; never throws for a file. An unexpected failure while reading one (a fault of the
     * reader's, not of the file) leaves it unrecognised with the error as evidence: a person looks,
     * and the rest of the submission is still judged.
     */
    public Document read(SourceFile file, OcrEngine engine) {
        try {
            return readOrFail(file, engine);
        } catch (CancellationException e) {
            throw e; // given up by the caller, whose budget was spent: nothing to report
        } catch (RuntimeException e) {
            LOG.warn("{}: reading failed, left for a person: {}", file.name(), e.toString());
            return Document.of(file.name(), DocumentKind.UNKNOWN)
                    .evidence(Evidence.of(Evidence.Reading.failed(String.valueOf(e.getMessage())))).build();
        }
    }

    private Document readOrFail(SourceFile file, OcrEngine engine) {
        int count;
        Page first;
        IdCardPhotos.Look cardLook = null;
        List<ReadPage> read = new ArrayList<>();
        // Each page is rendered just before it is read: a long PDF's pages are not all held at once before
        // its first is read, and a reading given up leaves the rest unrendered.
        try (RenderedPages pages = renderer.open(file)) {
            count = pages.count();
            first = pages.page(0);
            if (count == 1 && !first.hasTextLayer()) {
                // A photo of a card alone, read plainly off its outline, is a card: the page needs no reading.
                cardLook = cards.look(first.image(), engine);
                if (cardLook.plainCard()) {
                    IdCardPhotos.Result card = cards.read(file.name(), first.image(), engine, DocumentKind.UNKNOWN,
                            List.of(), 0, 0, cardLook);
                    if (card.document() != null) {
                        LOG.debug("{}: read as a card off its outline; the page was not read", file.name());
                        return withCardView(card.document(), first);
                    }
                }
            }
            for (int index = 0; index < count; index++) {
                if (Thread.currentThread().isInterrupted()) {
                    // the reading was given up (its time budget spent): stop at a page's end and let the pages go
                    throw new CancellationException(file.name() + ": reading given up after " + read.size() + " pages");
                }
                read.add(pageReader.read(index == 0 ? first : pages.page(index), engine));
            }
        } catch (UnreadableDocumentException e) {
            return Document.unreadable(file.name(), e.getMessage());
        }
        OcrResult all = new OcrResult(read.stream().flatMap(r -> r.ocr().lines().stream()).toList());
        List<OcrLine> everyReading = read.stream().flatMap(r -> java.util.stream.Stream.concat(
                r.ocr().lines().stream(), r.alternatives().stream().flatMap(a -> a.lines().stream()))).toList();
        Classification classification = classifier.classify(new OcrResult(everyReading).text());
        boolean cardSeen = false;
        if (mayBeCard(classification.kind(), count, first)) {
            IdCardPhotos.Result card = cards.read(file.name(), first.image(), engine, classification.kind(),
                    everyReading, read.get(0).rotation(), read.get(0).orientationConfidence(), cardLook);
            if (card.document() != null) {
                return withCardView(card.document(), first);
            }
            cardSeen = card.cardSeen();
        }
        SealedPages.Look look = signedPaper(classification.kind()) ? seals.look(read, engine) : null;
        List<OcrLine> readings = certificate(classification.kind()) ? withSecondLook(read, everyReading, engine) : everyReading;
        Extraction extraction = look != null ? signOff(classification.kind(), read, look.boxes(), engine)
                : extract(classification.kind(), readings);
        Evidence evidence = extraction.evidence();
        if (cardSeen) {
            evidence = evidence.with(CardEvidence.seenUnreadCard());
        }
        if (certificate(classification.kind()) && !extraction.fields().containsKey(FieldNames.LEGAL_PERSON_NAME) && read.size() == 1) {
            Boolean unread = LabelColumnInk.unread(read.get(0), readings);
            if (unread != null) {
                evidence = evidence.with(evidence.licence().withLegalPersonRowUnread(unread));
            }
        }
        boolean textLayer = read.stream().anyMatch(r -> r.upright().hasTextLayer());
        evidence = evidence.with(new Evidence.Reading(Math.round(classification.score() * 10) / 10.0, textLayer, null));
        int rotation = read.isEmpty() ? 0 : read.get(0).rotation();
        boolean sealed = false;
        if (look != null) {
            sealed = look.sealed();
            evidence = evidence.with(look.sealing());
        }
        return Document.of(file.name(), classification.kind()).pages(count).rotation(rotation)
                .sealDetected(sealed).fields(extraction.fields()).read(all.text(), all.meanConfidence())
                .evidence(evidence).views(PageViews.ofPages(read, classification.kind(), evidence)).build();
    }

    private static Document withCardView(Document card, Page photo) {
        return card.toBuilder().views(PageViews.ofCardPhoto(photo.image(), card)).build();
    }

    /**
     * Whether the file may be an ID card photo: one page, no text layer, and not read as a licence,
     * letter or commitment. Cards are small in a photo and often turned, so the page reading may have
     * found nothing to classify.
     */
    private static boolean mayBeCard(DocumentKind kind, int pages, Page first) {
        boolean cardOrNothing = kind == DocumentKind.UNKNOWN || kind == DocumentKind.ID_CARD_FRONT
                || kind == DocumentKind.ID_CARD_BACK || kind == DocumentKind.ID_CARD_HANDHELD;
        return cardOrNothing && pages == 1 && !first.hasTextLayer();
    }

    private Extraction extract(DocumentKind kind, List<OcrLine> everyReading) {
        return switch (kind) {
            case BUSINESS_LICENCE, INSTITUTION_CERTIFICATE -> licences.extract(lines(everyReading));
            default -> Extraction.NONE;
        };
    }

    private static boolean certificate(DocumentKind kind) {
        return kind == DocumentKind.BUSINESS_LICENCE || kind == DocumentKind.INSTITUTION_CERTIFICATE;
    }

    /**
     * Every reading of a certificate and, from each page's second look ({@link PageReader#secondLook}),
     * the lines it found alone and joined into rows with the first reading's: a label found only on
     * the second look (法定代表人姓名 beside a frame) then stands on one row with its value found first.
     */
    private List<OcrLine> withSecondLook(List<ReadPage> read, List<OcrLine> everyReading, OcrEngine engine) {
        List<OcrLine> all = new ArrayList<>(everyReading);
        for (ReadPage page : read) {
            OcrResult found = pageReader.secondLook(page, engine);
            if (!found.lines().isEmpty()) {
                List<OcrLine> both = new ArrayList<>(page.ocr().lines());
                both.addAll(found.lines());
                all.addAll(found.lines());
                all.addAll(Rows.join(new OcrResult(both)).lines());
            }
        }
        return all;
    }

    private static boolean signedPaper(DocumentKind kind) {
        return kind == DocumentKind.NUMBER_APPLICATION_LETTER || kind == DocumentKind.NETWORK_ACCESS_COMMITMENT;
    }

    /**
     * A letter's or commitment's sign-off. Its main reading is the one with red ink taken for paper: the
     * sign-off lies under the company seal, where the page's first reading often skips it; its values
     * count double. The first reading and its re-readings still vote, each line once.
     */
    private Extraction signOff(DocumentKind kind, List<ReadPage> read, List<List<Box>> sealsByPage, OcrEngine engine) {
        List<OcrLine> main = new ArrayList<>();
        List<OcrLine> others = new ArrayList<>();
        List<OcrLine> lastRedFree = List.of();
        BufferedImage lastInk = null;
        for (int i = 0; i < read.size(); i++) {
            ReadPage page = read.get(i);
            lastInk = page.upright().hasTextLayer() ? null : PageReader.withoutRed(page);
            lastRedFree = pageReader.readWithoutRed(page, lastInk, engine, sealsByPage.get(i)).lines();
            main.addAll(lastRedFree);
            others.addAll(page.ocr().lines());
            page.alternatives().forEach(a -> others.addAll(a.lines()));
        }
        // A row that was one line already is the same line in the rows joined: it is not a second reading.
        Set<OcrLine> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        others.removeIf(line -> !seen.add(line));
        if (kind != DocumentKind.NUMBER_APPLICATION_LETTER) {
            return commitments.extract(lines(main), lines(others));
        }
        Extraction letter = letters.extract(lines(main), lines(others));
        ReadPage last = read.get(read.size() - 1);
        List<OcrLine> lastReadings = new ArrayList<>(lastRedFree);
        lastReadings.addAll(last.ocr().lines());
        last.alternatives().forEach(a -> lastReadings.addAll(a.lines()));
        Boolean unread = SignOffInk.unread(last, lastInk, lastRedFree, lastReadings);
        if (unread == null) {
            return letter;
        }
        Evidence evidence = letter.evidence();
        return new Extraction(letter.fields(), evidence.with(evidence.signOff().withInkUnread(unread)));
    }

    private static List<TextLine> lines(List<OcrLine> lines) {
        return lines.stream().map(TextLine::of).toList();
    }
}
