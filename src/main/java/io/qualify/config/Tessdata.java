package io.qualify.config;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the folder of OCR models. "auto" tries, in order: {@code ./tessdata}, the project's
 * {@code tessdata/} next to {@code target/qualify.jar}, then Debian's system folder.
 */
final class Tessdata {

    private static final String MODEL = "chi_sim.traineddata";

    private Tessdata() {
    }

    static Path locate(String configured) {
        if (!"auto".equals(configured)) {
            Path path = Path.of(configured);
            if (!Files.isRegularFile(path.resolve(MODEL))) {
                throw new ConfigException("qualify.ocr.tessdata: " + path + " holds no " + MODEL);
            }
            return path;
        }
        for (Path candidate : candidates()) {
            if (Files.isRegularFile(candidate.resolve(MODEL))) {
                return candidate;
            }
        }
        throw new ConfigException("qualify.ocr.tessdata: no folder with " + MODEL + " found in " + candidates()
                + "; run from the project folder or set QUALIFY_OCR_TESSDATA");
    }

    private static List<Path> candidates() {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("tessdata").toAbsolutePath());
        try {
            Path jar = Path.of(Tessdata.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (jar.getParent() != null && jar.getParent().getParent() != null) {
                candidates.add(jar.getParent().getParent().resolve("tessdata"));
            }
        } catch (URISyntaxException | RuntimeException e) {
            // No code source (unusual class loader): the other places are still tried.
        }
        candidates.add(Path.of("/usr/share/tesseract-ocr/5/tessdata"));
        return candidates;
    }
}
