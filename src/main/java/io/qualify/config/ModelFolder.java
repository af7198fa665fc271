package io.qualify.config;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds a folder of pinned models. "auto" tries, in order: {@code ./NAME}, the project's {@code NAME/}
 * next to {@code target/qualify.jar}, then a system folder when there is one (Debian's tessdata).
 *
 * @param key    the configuration key, named in errors
 * @param name   the folder's name in the project
 * @param marker a file the folder must hold
 * @param system the system folder tried last, or null
 */
record ModelFolder(String key, String name, String marker, Path system) {

    static final ModelFolder TESSDATA = new ModelFolder("qualify.ocr.tessdata", "tessdata", "chi_sim.traineddata",
            Path.of("/usr/share/tesseract-ocr/5/tessdata"));
    static final ModelFolder PADDLE = new ModelFolder("qualify.ocr.models", "models", "ch_PP-OCRv4_rec_infer.onnx", null);

    Path locate(String configured) {
        if (!"auto".equals(configured)) {
            Path path = Path.of(configured);
            if (!Files.isRegularFile(path.resolve(marker))) {
                throw new ConfigException(key + ": " + path + " holds no " + marker);
            }
            return path;
        }
        for (Path candidate : candidates()) {
            if (Files.isRegularFile(candidate.resolve(marker))) {
                return candidate;
            }
        }
        throw new ConfigException(key + ": no folder with " + marker + " found in " + candidates()
                + "; run from the project folder or set " + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_'));
    }

    private List<Path> candidates() {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of(name).toAbsolutePath());
        try {
            Path jar = Path.of(ModelFolder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (jar.getParent() != null && jar.getParent().getParent() != null) {
                candidates.add(jar.getParent().getParent().resolve(name));
            }
        } catch (URISyntaxException | RuntimeException e) {
            // No code source (unusual class loader): the other places are still tried.
        }
        if (system != null) {
            candidates.add(system);
        }
        return candidates;
    }
}
