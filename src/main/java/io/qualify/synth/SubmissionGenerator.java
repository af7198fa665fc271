package io.qualify.synth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.qualify.document.Application;
import io.qualify.synth.Scenario.Subject;
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
 * Every submission holds the certificate (unless the scenario drops it), the administrator's ID photos, the
 * number-application letter and the network-access commitment; a {@link Combo} spoils one or two of its parts.
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
        return generate(rnd, Combo.of(s), dir);
    }

    /**
     * Writes one submission of {@code combo} into {@code dir}: each part (certificate, ID photos, letter and
     * commitment, description) planned for the combo's scenario of that part, clean otherwise.
     */
    public GeneratedSubmission generate(Random rnd, Combo combo, Path dir) throws IOException {
        Files.createDirectories(dir);
        TruthFaker faker = new TruthFaker(rnd);
        ScenarioPlanner.Plan plan = ScenarioPlanner.plan(combo.on(Subject.CERTIFICATE), faker, options.layout());
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
        IdPlanner.IdPlan ids = IdPlanner.plan(combo.on(Subject.ID_CARDS), faker, today);
        for (IdShot shot : ids.shots()) {
            files.add(writer.writeIdPhoto(ids.card(), shot));
        }
        Collections.shuffle(files, rnd);
        Application typed = application(plan, ids.card(), faker);
        // The letter, the commitment and the description come last, so a seed's licence and ID photos stay
        // the same bytes as before they existed.
        Descriptions.Described description = Descriptions.write(rnd, typed.productName(), combo.on(Subject.DESCRIPTION));
        Application application = withDescription(typed, description.text());
        writePapers(writer, combo, faker, plan, ids.card(), application, files);
        APPLICATION_JSON.writeValue(dir.resolve("application.json").toFile(), application);
        Expected expected = new Expected(combo.decision(), combo.codes(), combo.findings(), plan.certificate(),
                combo.name(), certificate == null ? Map.of() : certificate.degradation(), files, description.truth());
        // Beside the submission, not inside it: everything inside a submission is an uploaded document.
        EXPECTED_JSON.writeValue(dir.resolveSibling(dir.getFileName() + ".expected.json").toFile(), expected);
        return new GeneratedSubmission(dir, combo, application, expected);
    }

    /**
     * Plans and writes the letter and the commitment, signed by the certificate's enterprise (the form's when there
     * is none) a few days before the form was sent, and slips them in among {@code files} at random places.
     */
    private void writePapers(DocumentWriter writer, Combo combo, TruthFaker faker, ScenarioPlanner.Plan plan,
            IdCardTruth admin, Application application, List<GeneratedFile> files) throws IOException {
        Random rnd = faker.random();
        LocalDate sent = LocalDate.parse(application.submittedAt().substring(0, 10));
        LetterPlanner.Signer signer = new LetterPlanner.Signer(enterprise(plan), areaCode(plan, admin),
                admin, application.productName(), sent.minusDays(rnd.nextInt(21)));
        LetterPlanner.Papers papers = LetterPlanner.plan(combo, faker, signer, today);
        int valuePx = options.valuePx() > 0 ? options.valuePx() : 20 + rnd.nextInt(28);
        if (papers.letter() != null) {
            files.add(rnd.nextInt(files.size() + 1), writer.writePaper(new LetterRenderer(), papers.letter(), valuePx));
        }
        if (papers.commitment() != null) {
            files.add(rnd.nextInt(files.size() + 1),
                    writer.writePaper(new CommitmentRenderer(), papers.commitment(), valuePx));
        }
    }

    /** The seal's filing area: the credit code's area digits, else the administrator's. */
    private static String areaCode(ScenarioPlanner.Plan plan, IdCardTruth admin) {
        String code = plan.formCode();
        return code != null && code.length() == 18 ? code.substring(2, 8) : admin.idNumber().substring(0, 6);
    }

    /** The enterprise as registered: the certificate's name, or the form's when the licence is missing. */
    private static String enterprise(ScenarioPlanner.Plan plan) {
        if (plan.certificate() instanceof LicenceTruth t) {
            return t.enterpriseName();
        }
        if (plan.certificate() instanceof InstitutionTruth t) {
            return t.name();
        }
        return plan.formName();
    }

    /**
     * Writes {@code count} submissions drawn from {@code mix} into {@code root}/sub-0001 …; submission i uses its
     * own seed derived from {@code seed} and i, so a longer run starts with the same submissions.
     */
    public List<GeneratedSubmission> generateMix(long seed, int count, Mix mix, Path root) throws IOException {
        List<GeneratedSubmission> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Random rnd = new Random(submissionSeed(seed, i));
            out.add(generate(rnd, mix.drawCombo(rnd), root.resolve(String.format("sub-%04d", i))));
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
        String type = plan.certificate() instanceof InstitutionTruth ? "INSTITUTION_CERTIFICATE" : "BUSINESS_LICENCE";
        String submitted = LocalDate.of(2026, 1, 5).plusDays(rnd.nextInt(300)) + "T10:00:00+08:00";
        return new Application(String.format("A2026-%06d", rnd.nextInt(1_000_000)), type, plan.formName(),
                plan.formCode(), plan.formLegalPerson(), admin.name(), admin.idNumber(), product, null, submitted);
    }

    private static Application withDescription(Application a, String description) {
        return new Application(a.applicationId(), a.certificateType(), a.enterpriseName(), a.creditCode(),
                a.legalPersonName(), a.adminName(), a.adminIdNumber(), a.productName(), description, a.submittedAt());
    }
}
