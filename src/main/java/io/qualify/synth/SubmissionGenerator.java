package io.qualify.synth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.qualify.document.Application;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes synthetic submissions with known truth: a directory holding document files under neutral names, an
 * {@code application.json} (SPEC.md §2) and, beside the folder, {@code <name>.expected.json} ({@link Expected}).
 * Every submission holds the certificate (unless the scenario drops it) and the administrator's ID photos.
 * Deterministic: the same seed, options and day give the same bytes. {@code new SubmissionGenerator().generate(new Random(7),
 * Scenario.SOLE_TRADER, dir)} writes one; {@link #generateMix} writes a whole evaluation set.
 */
public final class SubmissionGenerator {

    private static final ObjectMapper EXPECTED_JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper APPLICATION_JSON = EXPECTED_JSON.copy()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private final GeneratorOptions options;
    private final LocalDate today;

    public SubmissionGenerator() {
        this(GeneratorOptions.random());
    }

    public SubmissionGenerator(GeneratorOptions options) {
        this(options, LocalDate.now());
    }

    /**
     * @param today the day ID card validity is judged against: cards are valid on it, or expired before it
     *              (ID_EXPIRED); the eval reviews with the real today, so it generates with the real today
     */
    public SubmissionGenerator(GeneratorOptions options, LocalDate today) {
        this.options = options;
        this.today = today;
    }

    /** Writes one submission of scenario {@code s} into {@code dir} (created if needed). */
    public GeneratedSubmission generate(Random rnd, Scenario s, Path dir) throws IOException {
        Files.createDirectories(dir);
        TruthFaker faker = new TruthFaker(rnd);
        ScenarioPlanner.Plan plan = ScenarioPlanner.plan(s, faker, options.layout());
        DocumentWriter writer = new DocumentWriter(dir, rnd, options);
        int valuePx = options.valuePx() > 0 ? options.valuePx() : 20 + rnd.nextInt(33);
        List<GeneratedFile> files = new ArrayList<>();
        GeneratedFile certificate = writeCertificate(writer, plan.certificate(), valuePx);
        if (certificate != null) {
            files.add(certificate);
        }
        for (ScenarioPlanner.Extra extra : plan.extras()) {
            files.add(extra == ScenarioPlanner.Extra.CORRUPT_FILE ? writer.writeCorrupt()
                    : writer.write(new OtherDocumentRenderer(), OtherDocumentRenderer.fake(faker),
                            18 + rnd.nextInt(20)));
        }
        // Planned after the certificate is written, so a seed's licence is the same as before ID photos existed.
        IdPlanner.IdPlan ids = IdPlanner.plan(s, faker, today);
        for (IdShot shot : ids.shots()) {
            files.add(writer.writeIdPhoto(ids.card(), shot));
        }
        Collections.shuffle(files, rnd);
        Application application = application(plan, ids.card(), faker);
        APPLICATION_JSON.writeValue(dir.resolve("application.json").toFile(), application);
        Expected expected = new Expected(s.decision(), s.codes(), s.findings(), plan.certificate(), s.name(),
                certificate == null ? Map.of() : certificate.degradation(), files);
        // Beside the submission, not inside it: everything inside a submission is an uploaded document.
        EXPECTED_JSON.writeValue(dir.resolveSibling(dir.getFileName() + ".expected.json").toFile(), expected);
        return new GeneratedSubmission(dir, s, application, expected);
    }

    /**
     * Writes {@code count} submissions drawn from {@code mix} into {@code root}/sub-0001 …; submission i uses its
     * own seed derived from {@code seed} and i, so a longer run starts with the same submissions.
     */
    public List<GeneratedSubmission> generateMix(long seed, int count, Mix mix, Path root) throws IOException {
        List<GeneratedSubmission> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Random rnd = new Random(submissionSeed(seed, i));
            out.add(generate(rnd, mix.draw(rnd), root.resolve(String.format("sub-%04d", i))));
        }
        return out;
    }

    /**
     * The seed of submission {@code index} of a run: SplitMix64-scrambled, because {@link Random}s built from
     * consecutive seeds give correlated first draws (and so the same scenario again and again).
     */
    public static long submissionSeed(long seed, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static GeneratedFile writeCertificate(DocumentWriter writer, DocumentTruth truth, int valuePx)
            throws IOException {
        if (truth instanceof LicenceTruth t) {
            return writer.write(new LicenceRenderer(), t, valuePx);
        }
        if (truth instanceof InstitutionTruth t) {
            return writer.write(new InstitutionCertificateRenderer(), t, valuePx);
        }
        return null;
    }

    /** The form as typed: the enterprise from the plan, the administrator exactly as the ID card prints them. */
    private static Application application(ScenarioPlanner.Plan plan, IdCardTruth admin, TruthFaker faker) {
        Random rnd = faker.random();
        String product = faker.tradeName() + Vocabulary.any(rnd, List.of("会员APP", "商城小程序", "云平台", "预约系统"));
        String description = product + "注册会员的注册验证码,外呼被叫对象为:会员,外呼内容为“您好,您的" + product
                + "验证码是${code},五分钟内有效。”";
        String type = plan.certificate() instanceof InstitutionTruth ? "INSTITUTION_CERTIFICATE" : "BUSINESS_LICENCE";
        String submitted = LocalDate.of(2026, 1, 5).plusDays(rnd.nextInt(300)) + "T10:00:00+08:00";
        return new Application(String.format("A2026-%06d", rnd.nextInt(1_000_000)), type, plan.formName(),
                plan.formCode(), plan.formLegalPerson(), admin.name(), admin.idNumber(), product, description, submitted);
    }
}
