package io.qualify.synth;

import static io.qualify.synth.Vocabulary.any;

import io.qualify.synth.Scenario.Subject;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Decides the number-application letter and the network-access commitment of a submission: both signed by the
 * enterprise, the letter naming the administrator of the ID card, each sealed with the enterprise's seal,
 * unless the combo's letter, commitment or seal scenario spoils one. Pure: everything is drawn from the faker.
 */
final class LetterPlanner {

    /**
     * @param letter     the letter, or null when the submission holds none
     * @param commitment the commitment, or null when the submission holds none
     */
    record Papers(LetterTruth letter, CommitmentTruth commitment) {
    }

    /** Who signs: the enterprise, its seal's filing area, the administrator, the product and the day of signing. */
    record Signer(String enterprise, String areaCode, IdCardTruth admin, String product, LocalDate signed) {
    }

    private static final List<String> BOTTOM_LINES = List.of("合同专用章", "业务专用章");

    private LetterPlanner() {
    }

    static Papers plan(Combo combo, TruthFaker faker, Signer who, LocalDate today) {
        Random rnd = faker.random();
        SealTruth seal = seal(rnd, who.enterprise(), who.areaCode(), false);
        LetterTruth letter = letter(combo.on(Subject.LETTER), faker, who, seal, today);
        CommitmentTruth commitment = commitment(combo.on(Subject.COMMITMENT), faker, who, seal);
        if (combo.on(Subject.SEALS) == Scenario.SEAL_NAME_MISMATCH) {
            String other = otherCompany(faker, who.enterprise());
            SealTruth foreign = seal(rnd, other, who.areaCode(), true);
            int which = rnd.nextInt(3);
            letter = which != 1 ? letter.withSeal(foreign) : letter;
            commitment = which != 0 ? commitment.withSeal(foreign) : commitment;
        }
        return new Papers(letter, commitment);
    }

    /** A seal of {@code name}: mostly round with a star, sometimes with a bottom line or serial; some oval ones. */
    static SealTruth seal(Random rnd, String name, String areaCode, boolean legible) {
        boolean oval = rnd.nextInt(6) == 0;
        String bottom = oval || rnd.nextInt(6) == 0 ? any(rnd, BOTTOM_LINES) : null;
        String serial = !oval && rnd.nextInt(5) < 2 ? areaCode + String.format("%07d", rnd.nextInt(10_000_000)) : null;
        return new SealTruth(name, oval ? SealTruth.Shape.OVAL : SealTruth.Shape.ROUND, bottom, serial, legible);
    }

    private static LetterTruth letter(Scenario s, TruthFaker faker, Signer who, SealTruth seal, LocalDate today) {
        Random rnd = faker.random();
        String title = LetterTexts.letterTitle(rnd);
        String addressee = LetterTexts.addressee(rnd);
        List<String> body = LetterTexts.letterBody(rnd, who.enterprise(), who.product());
        String phone = LetterTexts.phone(rnd);
        String printed = ChineseFormats.anyDate(who.signed(), rnd);
        boolean blanks = rnd.nextBoolean();
        IdCardTruth admin = s == Scenario.LETTER_ADMIN_MISMATCH ? someoneElse(faker, who.admin(), today) : who.admin();
        if (s == Scenario.LETTER_MISSING) {
            return null;
        }
        LocalDate date = s == Scenario.LETTER_DATE_MISSING ? null : who.signed();
        if (date == null) {
            printed = rnd.nextBoolean() ? "    年    月    日" : null;
        }
        return new LetterTruth(title, addressee, body, who.enterprise(),
                s == Scenario.LETTER_ADMIN_NAME_MISSING ? null : admin.name(),
                s == Scenario.LETTER_ADMIN_ID_MISSING ? null : admin.idNumber(), phone, date, printed, blanks,
                s == Scenario.LETTER_SEAL_MISSING ? null : seal, who.product());
    }

    /** Another holder with another name and a valid number, as a letter copied from another application has. */
    private static IdCardTruth someoneElse(TruthFaker faker, IdCardTruth admin, LocalDate today) {
        IdCardTruth other;
        do {
            other = faker.idCard(today, false);
        } while (other.name().equals(admin.name()) || other.idNumber().equals(admin.idNumber()));
        return other;
    }

    private static CommitmentTruth commitment(Scenario s, TruthFaker faker, Signer who, SealTruth seal) {
        Random rnd = faker.random();
        String title = LetterTexts.commitmentTitle(rnd);
        String intro = LetterTexts.intro(rnd);
        List<String> clauses = LetterTexts.clauses(rnd);
        String printed = ChineseFormats.anyDate(who.signed(), rnd);
        String signatory = rnd.nextBoolean() ? who.enterprise() : null;
        String user = who.enterprise();
        if (s == Scenario.COMMITMENT_USER_NAME_MISMATCH) {
            // half write the administrator's own name, the mistake the FAQ warns of; half another company's
            user = rnd.nextBoolean() ? who.admin().name() : otherCompany(faker, who.enterprise());
        }
        if (s == Scenario.COMMITMENT_MISSING) {
            return null;
        }
        return new CommitmentTruth(title, intro, clauses, user, signatory, who.signed(), printed,
                s == Scenario.COMMITMENT_SEAL_MISSING ? null : seal);
    }

    private static String otherCompany(TruthFaker faker, String enterprise) {
        String other;
        do {
            other = faker.companyName(faker.region(), EnterpriseType.LLC);
        } while (other.equals(enterprise));
        return other;
    }
}
