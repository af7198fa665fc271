package io.qualify.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qualify.check.Finding;
import io.qualify.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every curated sample in samples/ reviewed end to end must reach its expected decision and codes. */
class SamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> all = Files.list(Path.of("samples"))) {
            return all.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void reaches_the_expected_verdict(Path sample) throws IOException {
        JsonNode expected = JSON.readTree(sample.resolveSibling(sample.getFileName() + ".expected.json").toFile());
        Qualify qualify = Natives.qualify();

        Verdict verdict = qualify.pipeline().review(qualify.loader().load(sample));

        List<String> codes = verdict.findings().stream().map(Finding::code).map(Enum::name).toList();
        List<String> expectedCodes = new ArrayList<>();
        expected.get("codes").forEach(c -> expectedCodes.add(c.asText()));
        assertThat(verdict.decision().name()).as("decision; findings %s", verdict.findings())
                .isEqualTo(expected.get("decision").asText());
        assertThat(codes).containsAll(expectedCodes);
    }
}
