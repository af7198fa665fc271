package io.qualify.ocr.paddle;

import java.util.ArrayList;
import java.util.List;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.imgproc.Imgproc;

/**
 * Where a line holds print that the recogniser passed over in silence. CTC can emit nothing for a
 * stretch it cannot read (a blurred 麒宸 in 重庆市麒宸广告有限责任公司 read as 重庆市广告有限责任公司, each
 * character it did read at 0.95 or more), and a dropped character leaves no confidence to show it. Its
 * place does: two characters read in a row stand several character widths apart, and the stretch between
 * them is inked. The two characters beside such a stretch have their confidences lowered to
 * {@link #BESIDE_SILENCE}, so nothing that relies on what lies between them (a name compared across
 * documents) takes the reading for print. A wide blank (the spacing of 名　　称) is not a silence.
 */
final class Silences {

    /** Two characters whose centres lie this many character pitches apart or more have a stretch between them. */
    static final double WIDE = 1.8;
    /** The share of a stretch's columns that must hold ink for it to be print. */
    static final double INKED = 0.35;
    /** The confidence the characters beside a silence are lowered to: what lies between them was not read. */
    static final double BESIDE_SILENCE = 0.5;
    /** Ideographs needed on a line to know its pitch. */
    private static final int MIN_CHARACTERS = 3;

    private Silences() {
    }

    /**
     * The reading with the characters beside each silence lowered to {@link #BESIDE_SILENCE}, or the
     * reading itself when it has none.
     *
     * @param crop    the line as recognised: level, BGR, the reading's fractions running along its columns
     * @param reading the decoded line
     */
    static CtcDecoder.Reading mark(Mat crop, CtcDecoder.Reading reading) {
        List<CtcDecoder.Character> characters = reading.characters();
        double pitch = pitch(characters, crop.cols());
        if (pitch <= 0) {
            return reading;
        }
        boolean[] inked = null;
        List<CtcDecoder.Character> out = new ArrayList<>(characters);
        boolean changed = false;
        for (int i = 0; i + 1 < characters.size(); i++) {
            CtcDecoder.Character a = characters.get(i);
            CtcDecoder.Character b = characters.get(i + 1);
            double from = centre(a, crop.cols());
            double to = centre(b, crop.cols());
            if (!ideograph(a) || !ideograph(b) || to - from < WIDE * pitch) {
                continue;
            }
            inked = inked != null ? inked : inkedColumns(crop);
            if (inkedShare(inked, (int) Math.round(from + pitch / 2), (int) Math.round(to - pitch / 2)) >= INKED) {
                out.set(i, lowered(out.get(i)));
                out.set(i + 1, lowered(out.get(i + 1)));
                changed = true;
            }
        }
        return changed ? new CtcDecoder.Reading(out) : reading;
    }

    /** The median distance between neighbouring ideographs' centres, in crop pixels; 0 when too few. */
    private static double pitch(List<CtcDecoder.Character> characters, int width) {
        List<Double> gaps = new ArrayList<>();
        for (int i = 0; i + 1 < characters.size(); i++) {
            if (ideograph(characters.get(i)) && ideograph(characters.get(i + 1))) {
                gaps.add(centre(characters.get(i + 1), width) - centre(characters.get(i), width));
            }
        }
        if (gaps.size() < MIN_CHARACTERS - 1) {
            return 0;
        }
        double[] sorted = gaps.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /**
     * Which columns of the crop hold ink in the middle half of its height (above and below, the detector's
     * margin may take in a neighbouring row): dark on light, cut by Otsu's threshold.
     */
    private static boolean[] inkedColumns(Mat crop) {
        Mat grey = new Mat();
        Imgproc.cvtColor(crop, grey, Imgproc.COLOR_BGR2GRAY);
        boolean[] inked = new boolean[crop.cols()];
        Core.MinMaxLocResult range = Core.minMaxLoc(grey);
        if (range.maxVal - range.minVal >= 32) {
            Mat ink = new Mat();
            Imgproc.threshold(grey, ink, 0, 255, Imgproc.THRESH_BINARY_INV | Imgproc.THRESH_OTSU);
            int top = crop.rows() / 4;
            int bottom = Math.max(top + 1, crop.rows() * 3 / 4);
            byte[] row = new byte[crop.cols()];
            for (int y = top; y < bottom; y++) {
                ink.get(y, 0, row);
                for (int x = 0; x < row.length; x++) {
                    inked[x] |= row[x] != 0;
                }
            }
            ink.release();
        }
        grey.release();
        return inked;
    }

    private static double inkedShare(boolean[] inked, int from, int to) {
        int a = Math.max(0, from);
        int b = Math.min(inked.length, to);
        if (b <= a) {
            return 0;
        }
        int count = 0;
        for (int x = a; x < b; x++) {
            count += inked[x] ? 1 : 0;
        }
        return count / (double) (b - a);
    }

    private static double centre(CtcDecoder.Character c, int width) {
        return (c.from() + c.to()) / 2 * width;
    }

    private static boolean ideograph(CtcDecoder.Character c) {
        return !c.text().isEmpty() && c.text().codePoints().allMatch(Character::isIdeographic);
    }

    private static CtcDecoder.Character lowered(CtcDecoder.Character c) {
        return new CtcDecoder.Character(c.text(), Math.min(c.confidence(), BESIDE_SILENCE), c.from(), c.to());
    }
}
