package io.qualify.synth;

import static io.qualify.synth.ExpectedFinding.error;
import static io.qualify.synth.ExpectedFinding.warning;

import java.util.List;

/**
 * What a generated submission is meant to test, with the findings a correct review raises when the licence
 * rules R1–R5, R15, R16, the ID card rules R6–R9 and the letter, commitment and description rules R10–R14, R19 of
 * SPEC.md are enforced. {@link #decision()} follows from the findings. Every submission holds the certificate,
 * the administrator's three ID photos (front, back, handheld), a number-application letter and a network-access
 * commitment, each clean unless the scenario's {@link #subject()} is that document. {@link Combo} joins two
 * scenarios of different subjects into one submission.
 */
public enum Scenario {
    /** A valid new-style licence of an accepted type; the form matches it. */
    CLEAN(List.of()),
    /** A 事业单位法人证书 instead of a licence (accepted by R1). */
    CLEAN_INSTITUTION(List.of()),
    /** An old 企业法人营业执照 with a 15-digit 注册号 and no credit code. */
    CLEAN_OLD_STYLE(List.of()),
    /** A 个体工商户 licence: code prefix 92, 经营者, 组成形式, no 类型 line. */
    SOLE_TRADER(List.of(error("ENTERPRISE_TYPE_NOT_ALLOWED"))),
    /** 类型 个人独资企业 (label 投资人). */
    SOLE_PROPRIETORSHIP(List.of(error("ENTERPRISE_TYPE_NOT_ALLOWED"))),
    /** 类型 有限责任公司(自然人独资). */
    NATURAL_PERSON_SOLE(List.of(error("ENTERPRISE_TYPE_NOT_ALLOWED"))),
    /** The 法定代表人 line is absent or its value blank. */
    LEGAL_PERSON_MISSING(List.of(error("LEGAL_PERSON_MISSING"))),
    /** The printed credit code has a wrong check character (the form repeats it). */
    CREDIT_CODE_INVALID(List.of(warning("CREDIT_CODE_INVALID"))),
    /** The form's enterprise name is the company's name after a rename, not the licence's 名称. */
    NAME_MISMATCH(List.of(error("ENTERPRISE_NAME_MISMATCH"))),
    /** Only a notice or receipt was uploaded. */
    LICENCE_MISSING(List.of(error("LICENCE_MISSING"), warning("DOCUMENT_UNRECOGNISED"))),
    /** A clean licence plus a corrupt file (random bytes or a truncated header). */
    UNREADABLE_FILE(List.of(error("DOCUMENT_UNREADABLE"))),
    /** A clean licence plus a notice or receipt. */
    UNRECOGNISED_EXTRA(List.of(warning("DOCUMENT_UNRECOGNISED"))),
    /** No photo of the card's front: just the back and the handheld photo, sometimes the back twice (R6). */
    ID_FRONT_MISSING(true, List.of(error("ID_CARD_FRONT_MISSING"))),
    /** No photo of the card's back: the front and the handheld photo, sometimes the front twice (R6). */
    ID_BACK_MISSING(true, List.of(error("ID_CARD_BACK_MISSING"))),
    /** Front and back but no photo of the administrator holding the card (R6). */
    HANDHELD_MISSING(true, List.of(error("ID_HANDHELD_MISSING"))),
    /** One ID photo shows the card upside down: held so, or a lone card photographed turned 180° (R7). */
    ID_UPSIDE_DOWN(true, List.of(error("ID_CARD_UPSIDE_DOWN"))),
    /** One ID photo is mirrored left-right, a front-camera selfie: the handheld mostly, sometimes the front (R8). */
    ID_MIRRORED(true, List.of(error("ID_PHOTO_MIRRORED"))),
    /** The card's validity ended one day to five years before the generation day (R9). */
    ID_EXPIRED(true, List.of(error("ID_CARD_EXPIRED"))),
    /** The card prints a number with a wrong check character; the form repeats it as typed (R9). */
    ID_NUMBER_INVALID(true, List.of(error("ID_NUMBER_INVALID"))),
    /** No number-application letter among the files (R10). */
    LETTER_MISSING(Subject.LETTER, List.of(error("LETTER_MISSING"))),
    /** The letter's 管理员姓名 is left blank or its line left out (R10). */
    LETTER_ADMIN_NAME_MISSING(Subject.LETTER, List.of(error("LETTER_ADMIN_NAME_MISSING"))),
    /** The letter's 管理员身份证号 is left blank or its line left out (R10). */
    LETTER_ADMIN_ID_MISSING(Subject.LETTER, List.of(error("LETTER_ADMIN_ID_MISSING"))),
    /** The letter carries no date: a blank 日期, a bare 年 月 日 template, or nothing (R10). */
    LETTER_DATE_MISSING(Subject.LETTER, List.of(error("LETTER_DATE_MISSING"))),
    /** The letter is not stamped (some have a red letterhead or logo all the same) (R10). */
    LETTER_SEAL_MISSING(Subject.LETTER, List.of(error("LETTER_SEAL_MISSING"))),
    /** The letter names another person with another valid ID number than the card's and the form's (R11). */
    LETTER_ADMIN_MISMATCH(Subject.LETTER, List.of(error("LETTER_ADMIN_MISMATCH"))),
    /** No network-access commitment among the files (R12). */
    COMMITMENT_MISSING(Subject.COMMITMENT, List.of(error("COMMITMENT_MISSING"))),
    /** The commitment is not stamped (R12). */
    COMMITMENT_SEAL_MISSING(Subject.COMMITMENT, List.of(error("COMMITMENT_SEAL_MISSING"))),
    /** 实际用户名称 is the administrator's name (the FAQ's common mistake) or another company's (R12). */
    COMMITMENT_USER_NAME_MISMATCH(Subject.COMMITMENT, List.of(error("COMMITMENT_USER_NAME_MISMATCH"))),
    /** The form's description states a scenario but quotes no script, or is absent (R13). */
    DESCRIPTION_MISSING_SCRIPT(Subject.DESCRIPTION, List.of(error("DESCRIPTION_MISSING_SCRIPT"))),
    /** The quoted script names no product or platform, though the form's productName is given (R14). */
    SCRIPT_PRODUCT_NAME_MISSING(Subject.DESCRIPTION, List.of(error("SCRIPT_PRODUCT_NAME_MISSING"))),
    /** The letter's or the commitment's seal (or both) clearly names another company (R19). */
    SEAL_NAME_MISMATCH(Subject.SEALS, List.of(warning("SEAL_NAME_MISMATCH")));

    /** Which part of a submission a scenario spoils; the clean scenarios vary the certificate. */
    public enum Subject {
        CERTIFICATE, ID_CARDS, LETTER, COMMITMENT, DESCRIPTION, SEALS;

        /** True for the subjects of issue 4: the letter, the commitment, the form's description, the seals. */
        public boolean aboutLetters() {
            return this != CERTIFICATE && this != ID_CARDS;
        }
    }

    private final Subject subject;
    private final List<ExpectedFinding> findings;

    Scenario(List<ExpectedFinding> findings) {
        this(Subject.CERTIFICATE, findings);
    }

    Scenario(boolean aboutIdCards, List<ExpectedFinding> findings) {
        this(aboutIdCards ? Subject.ID_CARDS : Subject.CERTIFICATE, findings);
    }

    Scenario(Subject subject, List<ExpectedFinding> findings) {
        this.subject = subject;
        this.findings = findings;
    }

    /** The part of the submission this scenario spoils. */
    public Subject subject() {
        return subject;
    }

    /** True for the scenarios that spoil the ID photos (their licence is clean); false for the others. */
    public boolean aboutIdCards() {
        return subject == Subject.ID_CARDS;
    }

    /** True for the scenarios of the letter, the commitment, the description and the seals. */
    public boolean aboutLetters() {
        return subject.aboutLetters();
    }

    /** True for the scenarios that expect no finding at all. */
    public boolean clean() {
        return findings.isEmpty();
    }

    public List<ExpectedFinding> findings() {
        return findings;
    }

    /** The finding codes in order. */
    public List<String> codes() {
        return findings.stream().map(ExpectedFinding::code).toList();
    }

    public ExpectedDecision decision() {
        return ExpectedDecision.of(findings);
    }
}
