package io.qualify.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.qualify.app.Qualify;
import io.qualify.check.Finding;
import io.qualify.verdict.Decision;
import io.qualify.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every curated sample in samples/ reviewed end to end against its {@code <name>.expected.json}: each
 * must reach exactly its expected decision and set of finding codes. Where today's reader falls short of
 * that on a sample, {@link #SHORTFALLS} says what it reaches instead and why, and the sample is held to
 * exactly that, so a change either way is seen (an improvement removes the entry). No sample is ever
 * approved when it should not be, nor refused when it should be approved.
 */
class SamplesTest {

    /** What a review reaches: the decision and the set of finding codes. */
    private record Reached(Decision decision, Set<String> codes) {
    }

    /** Samples the reader falls short on, with what it reaches instead; each says why beside it. */
    private static final Map<String, Reached> SHORTFALLS = Map.of(
            // the phone photo's credit code is not read: the licence is not read clearly enough to say its
            // legal person is missing, so a person looks (safe, but not the refusal a reviewer would give)
            "08-legal-person-missing-photo", new Reached(Decision.MANUAL_REVIEW, Set.of("LOW_CONFIDENCE")),
            // the commitment's 实际用户名称 is misread under its seal (历医…宏大 for 历下…宏天): besides the
            // mirrored selfie it is refused for, a person is asked to compare the names
            "10-id-mirrored-selfie", new Reached(Decision.REJECT, Set.of("ID_PHOTO_MIRRORED", "LOW_CONFIDENCE")));

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> all = Files.list(Path.of("samples"))) {
            return all.filter(Files::isDirectory).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void is_never_approved_or_rejected_wrongly(Path sample) throws IOException {
        Decision expected = expected(sample).decision();
        Verdict verdict = review(sample);

        if (verdict.decision() == Decision.APPROVE) {
            assertThat(expected).as("approved; findings %s", verdict.findings()).isEqualTo(Decision.APPROVE);
        }
        if (expected == Decision.APPROVE) {
            assertThat(verdict.decision()).as("a clean sample rejected: %s", verdict.findings()).isNotEqualTo(Decision.REJECT);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void reaches_exactly_its_expected_verdict_or_its_known_shortfall(Path sample) throws IOException {
        Verdict verdict = review(sample);
        Reached reached = new Reached(verdict.decision(),
                verdict.findings().stream().map(Finding::code).map(Enum::name).collect(Collectors.toSet()));
        Reached expected = expected(sample);
        Reached shortfall = SHORTFALLS.get(sample.getFileName().toString());

        if (shortfall == null) {
            assertThat(reached).as("findings %s", verdict.findings()).isEqualTo(expected);
        } else {
            assertThat(reached).as("reaches its expected verdict now: take it out of SHORTFALLS").isNotEqualTo(expected);
            assertThat(reached).as("findings %s", verdict.findings()).isEqualTo(shortfall);
        }
    }

    /** Each sample is reviewed once, for both tests. */
    private static final Map<Path, Verdict> REVIEWED = new ConcurrentHashMap<>();

    /** Reviews every sample up front, as many at once as the pipeline has workers: the set is CI's longest step. */
    @BeforeAll
    static void reviewEverySampleAtOnce() throws Exception {
        Qualify qualify = Natives.qualify();
        ExecutorService pool = Executors.newFixedThreadPool(qualify.config().workers());
        try {
            List<Callable<Verdict>> reviews = samples().map(s -> (Callable<Verdict>) () -> review(s)).toList();
            for (Future<Verdict> done : pool.invokeAll(reviews)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static Verdict review(Path sample) throws IOException {
        Verdict known = REVIEWED.get(sample);
        if (known != null) {
            return known;
        }
        Qualify qualify = Natives.qualify();
        Verdict verdict = qualify.pipeline().review(qualify.loader().load(sample));
        REVIEWED.put(sample, verdict);
        return verdict;
    }

    private static Reached expected(Path sample) throws IOException {
        JsonNode expected = JSON.readTree(sample.resolveSibling(sample.getFileName() + ".expected.json").toFile());
        Set<String> codes = new HashSet<>();
        expected.get("codes").forEach(c -> codes.add(c.asText()));
        return new Reached(Decision.valueOf(expected.get("decision").asText()), codes);
    }
}
