package io.qualify.synth;

import static io.qualify.synth.ExpectedFinding.error;
import static io.qualify.synth.ExpectedFinding.warning;

import java.util.List;

/**
 * What a generated submission is meant to test, with the findings a correct review raises when the licence
 * rules R1–R5, R15, R16 and the ID card rules R6–R9 of SPEC.md are enforced. {@link #decision()} follows from the
 * findings. Every submission also holds the administrator's three ID photos (front, back, handheld), clean
 * unless an ID scenario ({@link #aboutIdCards()}) spoils them.
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
    ID_NUMBER_INVALID(true, List.of(error("ID_NUMBER_INVALID")));

    private final boolean aboutIdCards;
    private final List<ExpectedFinding> findings;

    Scenario(List<ExpectedFinding> findings) {
        this(false, findings);
    }

    Scenario(boolean aboutIdCards, List<ExpectedFinding> findings) {
        this.aboutIdCards = aboutIdCards;
        this.findings = findings;
    }

    /** True for the scenarios that spoil the ID photos (their licence is clean); false for the licence ones. */
    public boolean aboutIdCards() {
        return aboutIdCards;
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
