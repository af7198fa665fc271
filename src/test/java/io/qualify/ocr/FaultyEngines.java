package io.qualify.ocr;

import io.qualify.document.Box;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Engines that fail the ways a native reader can (OCRmyPDF's habit of testing with broken engines): one
 * that throws, one that hangs and ignores interrupts as a native call would, one that returns garbage, one
 * whose native side crashes and stays dead. Each records whether it was closed.
 */
public final class FaultyEngines {

    private FaultyEngines() {
    }

    /** A fault every engine here shares: it knows whether it was closed. */
    public abstract static class Faulty implements OcrEngine {

        private final AtomicBoolean closed = new AtomicBoolean();

        public boolean closed() {
            return closed.get();
        }

        @Override
        public Orientation detectOrientation(BufferedImage image, int dpi) {
            return read(() -> Orientation.UPRIGHT_UNKNOWN);
        }

        @Override
        public OcrResult recognize(BufferedImage image, int dpi, SegmentationMode mode) {
            return read(() -> OcrResult.EMPTY);
        }

        /** What each call does; {@code healthy} is what a healthy engine would answer. */
        abstract <T> T read(java.util.function.Supplier<T> healthy);

        @Override
        public void close() {
            closed.set(true);
        }
    }

    /** Throws on every call, as a reader with a bad model might. */
    public static Faulty throwing() {
        return new Faulty() {
            @Override
            <T> T read(java.util.function.Supplier<T> healthy) {
                throw new IllegalStateException("injected engine fault");
            }
        };
    }

    /** Answers like an engine that read nothing. */
    public static Faulty healthy() {
        return new Faulty() {
            @Override
            <T> T read(java.util.function.Supplier<T> healthy) {
                return healthy.get();
            }
        };
    }

    /** Never returns from its first call until {@code release} is counted down; interrupts do not stop it. */
    public static Faulty hanging(CountDownLatch release) {
        return new Faulty() {
            @Override
            <T> T read(java.util.function.Supplier<T> healthy) {
                boolean done = false;
                while (!done) {
                    try {
                        release.await();
                        done = true;
                    } catch (InterruptedException e) {
                        // a native call does not see Java's interrupts
                    }
                }
                return healthy.get();
            }
        };
    }

    /** Takes {@code millis} over every call, then answers like a healthy engine. */
    public static Faulty slow(long millis) {
        return new Faulty() {
            @Override
            <T> T read(java.util.function.Supplier<T> healthy) {
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return healthy.get();
            }
        };
    }

    /**
     * Returns random lines: random characters (Chinese, digits, control characters, markup), boxes out of
     * the image and of any size, confidences outside 0..1 and not a number.
     */
    public static Faulty garbage(long seed) {
        Random random = new Random(seed);
        return new Faulty() {
            @Override
            @SuppressWarnings("unchecked")
            <T> T read(java.util.function.Supplier<T> healthy) {
                T answer = healthy.get();
                if (answer instanceof Orientation) {
                    int[] turns = {0, 90, 180, 270, 45, -90};
                    return (T) new Orientation(turns[random.nextInt(turns.length)], random.nextDouble() * 50 - 10);
                }
                List<OcrLine> lines = new ArrayList<>();
                for (int i = random.nextInt(40); i > 0; i--) {
                    StringBuilder text = new StringBuilder();
                    for (int n = random.nextInt(30); n > 0; n--) {
                        text.append(switch (random.nextInt(5)) {
                            case 0 -> (char) ('\u4e00' + random.nextInt(20_000));
                            case 1 -> (char) ('0' + random.nextInt(10));
                            case 2 -> (char) random.nextInt(32);
                            case 3 -> "<script>";
                            default -> "统一社会信用代码法定代表人名称";
                        });
                    }
                    Box box = new Box(random.nextInt(20_000) - 10_000, random.nextInt(20_000) - 10_000,
                            random.nextInt(5_000), random.nextInt(5_000));
                    double confidence = random.nextInt(10) == 0 ? Double.NaN : random.nextDouble() * 3 - 1;
                    lines.add(new OcrLine(text.toString(), box, confidence, List.of()));
                }
                return (T) new OcrResult(lines);
            }
        };
    }

    /**
     * Crashes on its first call with an error (what a fault in native code surfaces as when it does not take
     * the process with it), and is dead afterwards: every later call fails.
     */
    public static Faulty crashing() {
        AtomicBoolean crashed = new AtomicBoolean();
        return new Faulty() {
            @Override
            <T> T read(java.util.function.Supplier<T> healthy) {
                if (crashed.getAndSet(true)) {
                    throw new IllegalStateException("the engine's native side is gone");
                }
                throw new InternalError("injected native crash");
            }
        };
    }
}
