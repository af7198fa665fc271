package io.qualify.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    @TempDir
    Path tmp;

    @Test
    void same_seed_gives_the_same_bytes() throws IOException {
        GeneratorOptions options = GeneratorOptions.random().withValuePx(18).withIdPhotoPx(480);
        new SubmissionGenerator(options).generateMix(7, 6, Mix.standard(), tmp.resolve("a"));
        new SubmissionGenerator(options).generateMix(7, 6, Mix.standard(), tmp.resolve("b"));
        Map<String, byte[]> a = contents(tmp.resolve("a"));
        Map<String, byte[]> b = contents(tmp.resolve("b"));
        assertThat(a).hasSizeGreaterThanOrEqualTo(18);
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void pdf_and_photo_output_is_deterministic_too() throws IOException {
        GeneratorOptions options = GeneratorOptions.random().withValuePx(18).withFormats(Set.of(ImageFormat.PDF))
                .withDegradation(DegradationLevel.PHOTO).withIdPhotoPx(480);
        for (String run : List.of("p", "q")) {
            new SubmissionGenerator(options).generate(new Random(3), Scenario.CLEAN, tmp.resolve(run));
        }
        Map<String, byte[]> p = contents(tmp.resolve("p"));
        Map<String, byte[]> q = contents(tmp.resolve("q"));
        assertThat(p).hasSize(7).containsKey("application.json");
        assertThat(tmp.resolve("p.expected.json")).hasSameBinaryContentAs(tmp.resolve("q.expected.json"));
        assertThat(p.keySet()).anyMatch(name -> name.endsWith(".pdf"));
        p.forEach((name, bytes) -> assertThat(q.get(name)).as(name).isEqualTo(bytes));
    }

    @Test
    void different_seeds_give_different_submissions() throws IOException {
        GeneratorOptions options = GeneratorOptions.random().withValuePx(18).withDegradation(DegradationLevel.NONE)
                .withIdPhotoPx(480);
        SubmissionGenerator generator = new SubmissionGenerator(options);
        GeneratedSubmission a = generator.generate(new Random(1), Scenario.CLEAN, tmp.resolve("x"));
        GeneratedSubmission b = generator.generate(new Random(2), Scenario.CLEAN, tmp.resolve("y"));
        assertThat(a.expected().truth()).isNotEqualTo(b.expected().truth());
    }

    @Test
    void id_photos_are_the_same_bytes_for_the_same_seed_and_day() throws IOException {
        GeneratorOptions options = GeneratorOptions.random().withValuePx(18).withDegradation(DegradationLevel.NONE)
                .withIdPhotoPx(480);
        LocalDate day = LocalDate.of(2026, 3, 1);
        for (String run : List.of("m", "n")) {
            new SubmissionGenerator(options, day).generate(new Random(9), Scenario.ID_MIRRORED, tmp.resolve(run));
        }
        Map<String, byte[]> m = contents(tmp.resolve("m"));
        Map<String, byte[]> n = contents(tmp.resolve("n"));
        assertThat(m.keySet()).isEqualTo(n.keySet());
        m.forEach((name, bytes) -> assertThat(n.get(name)).as(name).isEqualTo(bytes));
        assertThat(tmp.resolve("m.expected.json")).hasSameBinaryContentAs(tmp.resolve("n.expected.json"));
    }

    @Test
    void letters_and_commitments_born_digital_or_scanned_are_the_same_bytes_for_the_same_seed() throws IOException {
        GeneratorOptions options = GeneratorOptions.random().withValuePx(16).withIdPhotoPx(360)
                .withFormats(Set.of(ImageFormat.PDF, ImageFormat.PNG)).withDegradation(DegradationLevel.LOWRES);
        Combo pair = Combo.pair(Scenario.SEAL_NAME_MISMATCH, Scenario.ID_EXPIRED);
        for (String run : List.of("s", "t")) {
            for (int seed = 0; seed < 5; seed++) {
                new SubmissionGenerator(options, LocalDate.of(2026, 3, 1)).generate(new Random(seed), pair,
                        tmp.resolve(run).resolve("sub-" + seed));
            }
        }
        Map<String, byte[]> s = contents(tmp.resolve("s"));
        Map<String, byte[]> t = contents(tmp.resolve("t"));
        assertThat(t.keySet()).isEqualTo(s.keySet());
        s.forEach((name, bytes) -> assertThat(t.get(name)).as(name).isEqualTo(bytes));
        if (PdfFonts.asFonts() != null) {
            String expected = s.entrySet().stream().filter(e -> e.getKey().endsWith(".expected.json"))
                    .map(e -> new String(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining());
            assertThat(expected).as("some paper written born-digital").contains("BORN_DIGITAL");
        }
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
