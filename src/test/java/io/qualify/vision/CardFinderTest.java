package io.qualify.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.qualify.vision.CardFinder.FoundCard;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntBinaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencv.core.Core;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

class CardFinderTest {

    private final CardFinder finder = new CardFinder();

    @BeforeAll
    static void openCv() {
        assumeTrue(Photos.openCvLoads(), "OpenCV natives (org.openpnp:opencv) do not load on this platform");
    }

    @Test
    void finds_a_tilted_card_on_a_wooden_desk_and_cuts_it_out_landscape() {
        List<Point2D> truth = Photos.quad(250, 180, 930, 230, 900, 700, 210, 640);
        BufferedImage photo = Photos.place(Photos.card(), Photos.wood(1200, 900), truth);

        FoundCard found = finder.find(photo).orElseThrow();

        assertCorners(found, truth);
        assertThat(found.card().getWidth()).isEqualTo(CardFinder.CARD_WIDTH);
        assertThat(found.card().getHeight()).isEqualTo(CardFinder.CARD_HEIGHT);
        assertThat(found.confidence()).isGreaterThan(0.6);
        assertThat(found.areaShare()).isBetween(0.25, 0.40);
        assertThat(found.rotationInPhoto(0)).isZero();
        assertThat(Photos.markCorner(found.card())).isEqualTo(0);
    }

    @Test
    void finds_a_light_card_on_off_white_paper_under_uneven_light_glare_and_blur() {
        List<Point2D> truth = Photos.quad(160, 140, 1000, 110, 1030, 650, 140, 690);
        BufferedImage photo = Photos.place(Photos.card(), Photos.paper(1200, 800), truth);
        photo = Photos.blur(Photos.glare(Photos.unevenLight(photo), 700, 300), 2.0);

        FoundCard found = finder.find(photo).orElseThrow();

        assertCorners(found, truth);
        assertThat(found.confidence()).isGreaterThan(0.5);
    }

    @Test
    void finds_a_small_card_rotated_in_plane_on_cloth() {
        List<Point2D> truth = Photos.rotated(Photos.quad(0, 0, 380, 0, 380, 240, 0, 240), 12, 520, 420);
        BufferedImage photo = Photos.place(Photos.card(), Photos.cloth(1000, 800), truth);

        FoundCard found = finder.find(photo).orElseThrow();

        assertCorners(found, truth);
        assertThat(found.rotationInPhoto(0)).isZero();
    }

    @Test
    void finds_a_card_filling_most_of_a_dark_frame() {
        List<Point2D> truth = Photos.quad(30, 40, 970, 25, 985, 615, 20, 600);
        BufferedImage photo = Photos.place(Photos.card(), Photos.dark(1000, 640), truth);

        FoundCard found = finder.find(photo).orElseThrow();

        assertCorners(found, truth);
        assertThat(found.areaShare()).isGreaterThan(0.8);
    }

    @Test
    void reads_a_card_in_a_photo_turned_a_quarter_clockwise_as_turned_90() {
        List<Point2D> truth = Photos.quad(250, 180, 930, 230, 900, 700, 210, 640);
        BufferedImage upright = Photos.place(Photos.card(), Photos.cloth(1200, 900), truth);
        BufferedImage photo = Photos.turnClockwise(upright);

        FoundCard found = finder.find(photo).orElseThrow();

        assertCorners(found, Photos.turnedClockwise(truth, upright.getHeight()));
        assertThat(found.rotationInPhoto(0)).isEqualTo(90);
        assertThat(Photos.markCorner(found.card())).isEqualTo(0);
        assertThat(found.card().getWidth()).isGreaterThan(found.card().getHeight());
    }

    @Test
    void reads_a_card_turned_three_quarters_as_upside_down_at_90_which_ocr_then_turns_to_270() {
        List<Point2D> truth = Photos.quad(250, 180, 930, 230, 900, 700, 210, 640);
        BufferedImage upright = Photos.place(Photos.card(), Photos.cloth(1200, 900), truth);
        BufferedImage photo = Photos.turnClockwise(Photos.turnClockwise(Photos.turnClockwise(upright)));

        FoundCard found = finder.find(photo).orElseThrow();

        // Corner 0 is the card's bottom-right: the cut-out reads upside down until OCR turns it 180.
        assertThat(Photos.markCorner(found.card())).isEqualTo(2);
        assertThat(found.rotationInPhoto(180)).isEqualTo(270);
        assertThat(found.rotationInPhoto(0)).isEqualTo(90);
    }

    @Test
    void reads_a_card_in_a_photo_turned_half_round_as_180_once_ocr_turns_it() {
        List<Point2D> truth = Photos.quad(250, 180, 930, 230, 900, 700, 210, 640);
        BufferedImage upright = Photos.place(Photos.card(), Photos.wood(1200, 900), truth);
        BufferedImage photo = Photos.turnClockwise(Photos.turnClockwise(upright));

        FoundCard found = finder.find(photo).orElseThrow();

        assertThat(Photos.markCorner(found.card())).isEqualTo(2);
        assertThat(found.rotationInPhoto(180)).isEqualTo(180);
    }

    @Test
    void finds_a_card_held_in_front_of_a_person_with_fingers_over_its_edges() {
        Photos.Handheld scene = Photos.handheld();

        FoundCard found = finder.find(scene.photo()).orElseThrow();

        assertCorners(found, scene.card());
        assertThat(CardQuads.aspect(found.quad())).isBetween(1.45, 1.75);
    }

    @Test
    void takes_a_scan_of_the_card_alone_whole() {
        BufferedImage scan = Photos.card();

        FoundCard found = finder.find(scan).orElseThrow();

        assertCorners(found, Photos.quad(0, 0, scan.getWidth(), 0, scan.getWidth(), scan.getHeight(), 0, scan.getHeight()));
        assertThat(found.areaShare()).isGreaterThan(0.9);
    }

    @Test
    void finds_no_card_on_a_page_of_text_or_in_a_landscape() {
        assertNoCard(finder.find(Photos.page(850, 1100)));
        assertNoCard(finder.find(Photos.landscape(1200, 800)));
    }

    @Test
    void survives_tiny_blank_and_huge_images() {
        assertThat(finder.find(new BufferedImage(5, 5, BufferedImage.TYPE_INT_RGB))).isEmpty();
        assertNoCard(finder.find(new BufferedImage(640, 480, BufferedImage.TYPE_BYTE_GRAY)));
        BufferedImage white = Photos.filled(640, 480, (x, y) -> 0xFFFFFF);
        assertNoCard(finder.find(white));
        assertNoCard(finder.find(Photos.filled(3000, 2, (x, y) -> 0x808080)));

        List<Point2D> truth = Photos.quad(1500, 1000, 4700, 1150, 4600, 3200, 1400, 3050);
        BufferedImage huge = Photos.place(Photos.card(), Photos.cloth(6000, 4000), truth);
        FoundCard found = finder.find(huge).orElseThrow();
        assertCorners(found, truth);
    }

    private static void assertNoCard(Optional<FoundCard> found) {
        found.ifPresent(f -> assertThat(f.confidence()).as("confidence of a card where there is none").isLessThan(0.5));
    }

    /** Each corner within 3 % of the card's long side of the truth, in the documented order. */
    static void assertCorners(FoundCard found, List<Point2D> truth) {
        double tolerance = 0.03 * Math.max(truth.get(0).distance(truth.get(1)), truth.get(1).distance(truth.get(2)));
        for (int i = 0; i < 4; i++) {
            assertThat(found.quad().get(i).distance(truth.get(i))).as("corner %d of %s", i, found.quad()).isLessThan(tolerance);
        }
    }

    /**
     * Draws test photos with known truth: a light, card-shaped face with dark text-like strokes and a red
     * mark at its top-left, warped onto a background at given corners (clockwise from its top-left).
     */
    static final class Photos {

        private Photos() {
        }

        record Handheld(BufferedImage photo, List<Point2D> card) {
        }

        static boolean openCvLoads() {
            try {
                OpenCv.load();
                return true;
            } catch (Throwable e) {
                return false;
            }
        }

        static List<Point2D> quad(double... xy) {
            return List.of(new Point2D.Double(xy[0], xy[1]), new Point2D.Double(xy[2], xy[3]),
                    new Point2D.Double(xy[4], xy[5]), new Point2D.Double(xy[6], xy[7]));
        }

        /** The quad turned by degrees clockwise about its centre, then centred on (cx, cy). */
        static List<Point2D> rotated(List<Point2D> q, double degrees, double cx, double cy) {
            double mx = q.stream().mapToDouble(Point2D::getX).average().orElse(0);
            double my = q.stream().mapToDouble(Point2D::getY).average().orElse(0);
            double c = Math.cos(Math.toRadians(degrees));
            double s = Math.sin(Math.toRadians(degrees));
            return q.stream().map(p -> (Point2D) new Point2D.Double(cx + (p.getX() - mx) * c - (p.getY() - my) * s,
                    cy + (p.getX() - mx) * s + (p.getY() - my) * c)).toList();
        }

        /** An ID card's face at 10 px/mm: light blue-grey, text strokes, a grey portrait and a red mark. */
        static BufferedImage card() {
            BufferedImage card = new BufferedImage(856, 540, BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = card.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new java.awt.GradientPaint(0, 0, new Color(236, 240, 246), 856, 540, new Color(222, 232, 240)));
            g.fillRect(0, 0, 856, 540);
            g.setColor(new Color(200, 30, 30));
            g.fillOval(40, 30, 70, 70);
            g.setColor(new Color(40, 40, 50));
            Random random = new Random(5);
            for (int line = 0; line < 5; line++) {
                for (int x = 150; x < 520 - 40 * (line % 2); x += 34) {
                    int y = 70 + line * 62;
                    g.fillRect(x, y + random.nextInt(6), 5 + random.nextInt(20), 26);
                    g.fillRect(x, y + 12, 28, 4);
                }
            }
            for (int x = 290; x < 800; x += 28) {
                g.fillRect(x, 440, 18, 34);
            }
            g.setColor(new Color(150, 150, 160));
            g.fillRoundRect(580, 70, 200, 250, 40, 40);
            g.dispose();
            return card;
        }

        /**
         * Which corner (0 top-left, 1 top-right, 2 bottom-right, 3 bottom-left) of a cut-out card holds
         * the red mark drawn at the card's top-left.
         */
        static int markCorner(BufferedImage card) {
            int w = card.getWidth();
            int h = card.getHeight();
            int[][] at = {{w / 10, h / 8}, {w - w / 10, h / 8}, {w - w / 10, h - h / 8}, {w / 10, h - h / 8}};
            for (int i = 0; i < 4; i++) {
                Color c = new Color(card.getRGB(at[i][0], at[i][1]));
                if (c.getRed() > 150 && c.getGreen() < 90) {
                    return i;
                }
            }
            return -1;
        }

        /** The card warped to the quad on the background, rounded corners included. */
        static BufferedImage place(BufferedImage card, BufferedImage background, List<Point2D> quad) {
            Mat face = CardImages.bgr(card);
            Mat photo = CardImages.bgr(background);
            Mat mask = new Mat(face.size(), org.opencv.core.CvType.CV_8UC1, new org.opencv.core.Scalar(0));
            Imgproc.rectangle(mask, new Point(30, 0), new Point(face.cols() - 31, face.rows() - 1), new org.opencv.core.Scalar(255), -1);
            Imgproc.rectangle(mask, new Point(0, 30), new Point(face.cols() - 1, face.rows() - 31), new org.opencv.core.Scalar(255), -1);
            for (Point c : new Point[] {new Point(30, 30), new Point(face.cols() - 31, 30),
                    new Point(face.cols() - 31, face.rows() - 31), new Point(30, face.rows() - 31)}) {
                Imgproc.circle(mask, c, 30, new org.opencv.core.Scalar(255), -1);
            }
            MatOfPoint2f from = new MatOfPoint2f(new Point(0, 0), new Point(face.cols(), 0),
                    new Point(face.cols(), face.rows()), new Point(0, face.rows()));
            MatOfPoint2f to = new MatOfPoint2f(quad.stream().map(p -> new Point(p.getX(), p.getY())).toArray(Point[]::new));
            Mat transform = Imgproc.getPerspectiveTransform(from, to);
            Mat warped = new Mat();
            Mat warpedMask = new Mat();
            Imgproc.warpPerspective(face, warped, transform, photo.size(), Imgproc.INTER_LINEAR, Core.BORDER_REPLICATE);
            Imgproc.warpPerspective(mask, warpedMask, transform, photo.size());
            shadow(photo, warpedMask);
            warped.copyTo(photo, warpedMask);
            return CardImages.image(photo);
        }

        /** The soft shadow a card 0.8 mm thick casts down and to the right under a lamp: 30 % darker. */
        private static void shadow(Mat photo, Mat cardMask) {
            Mat shade = new Mat();
            Mat shift = new Mat(2, 3, org.opencv.core.CvType.CV_64F);
            shift.put(0, 0, 1, 0, 5, 0, 1, 7);
            Imgproc.warpAffine(cardMask, shade, shift, cardMask.size());
            Imgproc.GaussianBlur(shade, shade, new Size(0, 0), 4);
            Mat keep = new Mat();
            shade.convertTo(keep, org.opencv.core.CvType.CV_32F, -0.3 / 255, 1.0);
            Mat photoF = new Mat();
            photo.convertTo(photoF, org.opencv.core.CvType.CV_32FC3);
            List<Mat> channels = new java.util.ArrayList<>();
            Core.split(photoF, channels);
            for (Mat c : channels) {
                Core.multiply(c, keep, c);
            }
            Core.merge(channels, photoF);
            photoF.convertTo(photo, org.opencv.core.CvType.CV_8UC3);
        }

        static BufferedImage filled(int w, int h, IntBinaryOperator rgb) {
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    row[x] = rgb.applyAsInt(x, y);
                }
                image.setRGB(0, y, w, 1, row, 0, w);
            }
            return image;
        }

        private static int rgb(double r, double g, double b) {
            return clamp(r) << 16 | clamp(g) << 8 | clamp(b);
        }

        private static int clamp(double v) {
            return (int) Math.max(0, Math.min(255, v));
        }

        static BufferedImage wood(int w, int h) {
            Random noise = new Random(1);
            return filled(w, h, (x, y) -> {
                double grain = 0.5 + 0.5 * Math.sin(x * 0.045 + 4 * Math.sin(y * 0.004 + x * 0.001));
                double n = noise.nextGaussian() * 6;
                return rgb(120 + 50 * grain + n, 80 + 35 * grain + n, 45 + 20 * grain + n);
            });
        }

        static BufferedImage cloth(int w, int h) {
            Random noise = new Random(2);
            return filled(w, h, (x, y) -> {
                double weave = (x / 3 + y / 3) % 2 == 0 ? 18 : -18;
                double n = noise.nextGaussian() * 10;
                return rgb(70 + weave + n, 95 + weave + n, 130 + weave + n);
            });
        }

        static BufferedImage paper(int w, int h) {
            Random noise = new Random(3);
            return filled(w, h, (x, y) -> {
                double n = noise.nextGaussian() * 3;
                return rgb(222 + n, 220 + n, 212 + n);
            });
        }

        static BufferedImage dark(int w, int h) {
            Random noise = new Random(4);
            return filled(w, h, (x, y) -> {
                double n = noise.nextGaussian() * 5;
                return rgb(40 + n, 38 + n, 45 + n);
            });
        }

        /** Light falling from the left: brightness from 1.05 down to 0.6 across the photo. */
        static BufferedImage unevenLight(BufferedImage photo) {
            int w = photo.getWidth();
            return filled(w, photo.getHeight(), (x, y) -> {
                Color c = new Color(photo.getRGB(x, y));
                double f = 1.05 - 0.45 * x / w;
                return rgb(c.getRed() * f, c.getGreen() * f, c.getBlue() * f);
            });
        }

        /** A white hot spot of a lamp's reflection, fading out over 120 px. */
        static BufferedImage glare(BufferedImage photo, int cx, int cy) {
            return filled(photo.getWidth(), photo.getHeight(), (x, y) -> {
                Color c = new Color(photo.getRGB(x, y));
                double a = Math.exp(-((x - cx) * (x - cx) + (y - cy) * (y - cy)) / (2.0 * 60 * 60));
                return rgb(c.getRed() + (255 - c.getRed()) * a, c.getGreen() + (255 - c.getGreen()) * a,
                        c.getBlue() + (255 - c.getBlue()) * a);
            });
        }

        static BufferedImage blur(BufferedImage photo, double sigma) {
            Mat m = CardImages.bgr(photo);
            Imgproc.GaussianBlur(m, m, new Size(0, 0), sigma);
            return CardImages.image(m);
        }

        static BufferedImage turnClockwise(BufferedImage photo) {
            Mat m = CardImages.bgr(photo);
            Core.rotate(m, m, Core.ROTATE_90_CLOCKWISE);
            return CardImages.image(m);
        }

        /** Where points of a photo {@code height} px high land when it is turned a quarter clockwise. */
        static List<Point2D> turnedClockwise(List<Point2D> q, int height) {
            return q.stream().map(p -> (Point2D) new Point2D.Double(height - p.getY(), p.getX())).toList();
        }

        /** A portrait selfie: a skin-coloured face above a card held by four fingers over its edges. */
        static Handheld handheld() {
            List<Point2D> truth = quad(250, 640, 660, 650, 655, 905, 245, 895);
            BufferedImage wall = filled(900, 1200, (x, y) -> y > 560 ? rgb(40, 60, 90) : rgb(205, 210, 215));
            BufferedImage photo = place(card(), wall, truth);
            Graphics2D g = photo.createGraphics();
            g.setColor(new Color(224, 172, 140));
            g.fillOval(330, 150, 240, 320);
            g.fillRect(410, 460, 80, 110);
            g.setColor(new Color(214, 160, 128));
            g.fillRoundRect(215, 700, 70, 34, 20, 20);
            g.fillRoundRect(215, 750, 70, 34, 20, 20);
            g.fillRoundRect(625, 720, 70, 34, 20, 20);
            g.fillRoundRect(400, 870, 36, 80, 20, 20);
            g.dispose();
            return new Handheld(photo, truth);
        }

        /** A page of body text filling the frame: lines of strokes, no border. */
        static BufferedImage page(int w, int h) {
            BufferedImage page = paper(w, h);
            Graphics2D g = page.createGraphics();
            g.setColor(new Color(30, 30, 30));
            Random random = new Random(6);
            for (int y = 80; y < h - 80; y += 36) {
                for (int x = 80; x < w - 80 - random.nextInt(200); x += 22) {
                    g.fillRect(x, y, 4 + random.nextInt(14), 18);
                }
            }
            g.dispose();
            return page;
        }

        /** Sky, hills and a few dark trees. */
        static BufferedImage landscape(int w, int h) {
            return filled(w, h, (x, y) -> {
                double hill = h * 0.55 + 60 * Math.sin(x * 0.01) + 30 * Math.sin(x * 0.037);
                if (y < hill) {
                    return rgb(120 + 100.0 * y / h, 170 + 60.0 * y / h, 235);
                }
                boolean tree = (x / 40) % 5 == 0 && y < hill + 150;
                return tree ? rgb(30, 60, 30) : rgb(70 + (x * 7 + y * 3) % 30, 140, 60);
            });
        }
    }
}
