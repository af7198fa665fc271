package io.qualify.synth;

import java.util.List;
import java.util.Random;

/**
 * Decides, for one {@link Scenario}, what goes into a submission: the certificate's content, any extra
 * documents, and what the applicant typed into the form about the enterprise (the other scenarios get a clean
 * licence; {@link IdPlanner} plans the ID photos, {@link LetterPlanner} the letter and commitment). Pure:
 * everything is drawn from the given faker.
 */
final class ScenarioPlanner {

    /** Extra files beside (or instead of) the certificate. */
    enum Extra { OTHER_DOCUMENT, CORRUPT_FILE }

    /**
     * @param certificate     the licence or institution certificate, null when there is none
     * @param extras          further files to write
     * @param formName        the enterprise name typed in the form
     * @param formCode        the credit code (or 注册号) typed in the form
     * @param formLegalPerson the legal person typed in the form, or null
     */
    record Plan(DocumentTruth certificate, List<Extra> extras, String formName, String formCode,
            String formLegalPerson) {
    }

    private static final List<EnterpriseType> ACCEPTED = List.of(EnterpriseType.LLC_NATURAL_PERSON_CONTROLLED,
            EnterpriseType.LLC_NATURAL_PERSON_CONTROLLED, EnterpriseType.LLC_NATURAL_PERSON_CONTROLLED,
            EnterpriseType.LLC, EnterpriseType.LLC_LEGAL_PERSON_SOLE,
            EnterpriseType.LLC_NATURAL_PERSON_CONTROLLED_LEGAL_PERSON_SOLE, EnterpriseType.JOINT_STOCK_UNLISTED,
            EnterpriseType.LLC_BRANCH);

    private ScenarioPlanner() {
    }

    static Plan plan(Scenario s, TruthFaker faker, LicenceLayout layout) {
        Random rnd = faker.random();
        LicenceLayout newLayout = layout != null ? layout : rnd.nextInt(3) < 2 ? LicenceLayout.LANDSCAPE_NEW
                : LicenceLayout.PORTRAIT_NEW;
        EnterpriseType accepted = Vocabulary.any(rnd, ACCEPTED);
        return switch (s) {
            case CLEAN_INSTITUTION -> matching(faker.institution());
            case CLEAN_OLD_STYLE -> matching(faker.licence(oldStyleType(accepted), LicenceLayout.OLD_STYLE), List.of(),
                    rnd);
            case SOLE_TRADER -> matching(faker.licence(EnterpriseType.SOLE_TRADER, LicenceLayout.SOLE_TRADER),
                    List.of(), rnd);
            case SOLE_PROPRIETORSHIP -> matching(faker.licence(EnterpriseType.SOLE_PROPRIETORSHIP, newLayout),
                    List.of(), rnd);
            case NATURAL_PERSON_SOLE -> matching(faker.licence(EnterpriseType.LLC_NATURAL_PERSON_SOLE, newLayout),
                    List.of(), rnd);
            case LEGAL_PERSON_MISSING -> legalPersonMissing(faker.licence(oldStyleType(accepted), newLayout), rnd);
            case CREDIT_CODE_INVALID -> invalidCode(faker.licence(accepted, newLayout), rnd);
            case NAME_MISMATCH -> renamed(faker.licence(accepted, newLayout), faker);
            case LICENCE_MISSING -> new Plan(null, List.of(Extra.OTHER_DOCUMENT),
                    faker.companyName(faker.region(), accepted), null, faker.personName());
            case UNREADABLE_FILE -> matching(faker.licence(accepted, newLayout), List.of(Extra.CORRUPT_FILE), rnd);
            case UNRECOGNISED_EXTRA -> matching(faker.licence(accepted, newLayout), List.of(Extra.OTHER_DOCUMENT),
                    rnd);
            // CLEAN, and every scenario that leaves the certificate alone
            default -> matching(faker.licence(accepted, newLayout), List.of(), rnd);
        };
    }

    /** Branches and partnerships had no old-style 企业法人 licence with 法定代表人; use a plain company type. */
    private static EnterpriseType oldStyleType(EnterpriseType t) {
        return t == EnterpriseType.LLC_BRANCH ? EnterpriseType.LLC : t;
    }

    private static Plan matching(LicenceTruth t, List<Extra> extras, Random rnd) {
        String code = t.creditCode() != null ? t.creditCode() : t.registrationNumber();
        return new Plan(t, extras, formName(t.enterpriseName(), rnd), code, t.legalPersonName());
    }

    private static Plan matching(InstitutionTruth t) {
        return new Plan(t, List.of(), t.name(), t.creditCode(), t.legalPersonName());
    }

    /** The name as typed: the same, sometimes with full-width parentheses (the same name in Chinese usage). */
    private static String formName(String name, Random rnd) {
        return rnd.nextInt(3) == 0 ? name.replace('(', '（').replace(')', '）') : name;
    }

    private static Plan legalPersonMissing(LicenceTruth t, Random rnd) {
        LicenceTruth missing = rnd.nextBoolean() ? t.withLegalPerson(null, null)
                : t.withLegalPerson(t.legalPersonLabel(), null);
        return new Plan(missing, List.of(), t.enterpriseName(), t.creditCode(), null);
    }

    private static Plan invalidCode(LicenceTruth t, Random rnd) {
        LicenceTruth bad = t.withCreditCode(CreditCodes.withWrongCheck(t.creditCode(), rnd));
        return new Plan(bad, List.of(), bad.enterpriseName(), bad.creditCode(), bad.legalPersonName());
    }

    private static Plan renamed(LicenceTruth t, TruthFaker faker) {
        return new Plan(t, List.of(), faker.renamed(t.enterpriseName()), t.creditCode(), t.legalPersonName());
    }
}
