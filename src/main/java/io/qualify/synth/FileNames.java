package io.qualify.synth;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Neutral file names of the kinds people upload (scan-1.jpg, IMG_2034.jpg, doc3.pdf, 20240513_101522.jpg):
 * they never say what the document is. One instance per submission keeps the names unique.
 */
final class FileNames {

    private final Random rnd;
    private final Set<String> used = new HashSet<>();

    FileNames(Random rnd) {
        this.rnd = rnd;
    }

    /** A fresh name with the given extension (without dot). */
    String next(String extension) {
        String name;
        do {
            name = stem() + "." + extension;
        } while (!used.add(name));
        return name;
    }

    private String stem() {
        return switch (rnd.nextInt(6)) {
            case 0 -> "scan-" + (1 + rnd.nextInt(9));
            case 1 -> String.format("IMG_%04d", rnd.nextInt(10000));
            case 2 -> "doc" + (1 + rnd.nextInt(20));
            case 3 -> String.format("2024%02d%02d_%02d%02d%02d", 1 + rnd.nextInt(12), 1 + rnd.nextInt(28),
                    rnd.nextInt(24), rnd.nextInt(60), rnd.nextInt(60));
            case 4 -> "file" + (1 + rnd.nextInt(50));
            default -> String.format("mmexport%013d", 1_600_000_000_000L + rnd.nextInt(Integer.MAX_VALUE));
        };
    }
}
