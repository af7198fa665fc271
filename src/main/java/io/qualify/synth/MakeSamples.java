package io.qualify.synth;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes the curated sample submissions of {@code samples/} (see samples/README.md): one folder per case with
 * its documents, application.json and expected.json, deterministic from the seed.
 * Run by {@code bin/make-samples}; usage: {@code MakeSamples OUTPUT_DIR [SEED]} (seed defaults to 42). The ID
 * cards' validity is drawn around {@link #DAY}, the day the samples stand for; SamplesTest reviews them on it.
 */
public final class MakeSamples {

    /** One curated case: folder name, scenario and the options that give it its look. */
    record Sample(String folder, Scenario scenario, GeneratorOptions options) {
    }

    /** The day the samples were drawn for: a card valid then may have ended since, an expired one stays so. */
    public static final LocalDate DAY = LocalDate.of(2026, 11, 28);

    private MakeSamples() {
    }

    static List<Sample> samples() {
        GeneratorOptions base = GeneratorOptions.random().withFormats(Set.of(ImageFormat.JPEG)).withJpegQuality(72)
                .withValuePx(22).withDegradation(DegradationLevel.SCAN).withLayout(LicenceLayout.LANDSCAPE_NEW)
                .withIdPhotoPx(1400);
        return List.of(
                new Sample("01-clean-landscape", Scenario.CLEAN, base),
                new Sample("02-clean-portrait-pdf", Scenario.CLEAN, base.withLayout(LicenceLayout.PORTRAIT_NEW)
                        .withValuePx(30).withFormats(Set.of(ImageFormat.PDF))),
                new Sample("03-clean-old-style-lowres", Scenario.CLEAN_OLD_STYLE,
                        base.withValuePx(28).withDegradation(DegradationLevel.LOWRES)),
                new Sample("04-sole-trader", Scenario.SOLE_TRADER, base),
                new Sample("05-natural-person-sole", Scenario.NATURAL_PERSON_SOLE, base),
                new Sample("06-name-mismatch", Scenario.NAME_MISMATCH, base.withDegradation(DegradationLevel.NONE)),
                new Sample("07-credit-code-invalid", Scenario.CREDIT_CODE_INVALID,
                        base.withLayout(LicenceLayout.PORTRAIT_NEW).withValuePx(30)),
                new Sample("08-legal-person-missing-photo", Scenario.LEGAL_PERSON_MISSING,
                        base.withDegradation(DegradationLevel.PHOTO).withValuePx(20)),
                new Sample("09-id-upside-down", Scenario.ID_UPSIDE_DOWN, base),
                new Sample("10-id-mirrored-selfie", Scenario.ID_MIRRORED, base),
                new Sample("11-id-expired", Scenario.ID_EXPIRED, base),
                new Sample("12-id-handheld-missing", Scenario.HANDHELD_MISSING, base),
                new Sample("13-letter-seal-missing", Scenario.LETTER_SEAL_MISSING, base),
                new Sample("14-commitment-user-name", Scenario.COMMITMENT_USER_NAME_MISMATCH, base),
                new Sample("15-letter-admin-mismatch", Scenario.LETTER_ADMIN_MISMATCH,
                        base.withFormats(Set.of(ImageFormat.PDF))),
                new Sample("16-description-without-script", Scenario.DESCRIPTION_MISSING_SCRIPT, base));
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: MakeSamples OUTPUT_DIR [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long seed = args.length == 2 ? Long.parseLong(args[1]) : 42;
        List<Sample> samples = samples();
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            GeneratedSubmission g = new SubmissionGenerator(s.options(), DAY)
                    .generate(new Random(SubmissionGenerator.submissionSeed(seed, i)), s.scenario(),
                            out.resolve(s.folder()));
            System.err.println(s.folder() + ": " + g.expected().decision() + " " + g.expected().codes());
        }
    }
}
