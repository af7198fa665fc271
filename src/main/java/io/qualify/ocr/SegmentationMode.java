package io.qualify.ocr;

/** How the engine should look for text; maps to Tesseract's page segmentation modes. */
public enum SegmentationMode {
    /** Fully automatic page layout (PSM 3): documents. */
    PAGE(3),
    /** One uniform block of text (PSM 6): crops of a field area. */
    BLOCK(6),
    /** One text line (PSM 7): a single field value. */
    LINE(7),
    /** As much text as possible in no particular order (PSM 11): cards, photos, scattered labels. */
    SPARSE(11);

    private final int tesseractCode;

    SegmentationMode(int tesseractCode) {
        this.tesseractCode = tesseractCode;
    }

    public int tesseractCode() {
        return tesseractCode;
    }
}
