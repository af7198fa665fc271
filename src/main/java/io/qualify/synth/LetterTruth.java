package io.qualify.synth;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * What a synthetic number-application letter (号码申请公函) says. The sign-off's fields carry the SPEC.md §4
 * names a perfect reader extracts ({@code adminName}, {@code adminIdNumber}, {@code date}); a field the
 * scenario leaves out is null. {@link #sealed()} and {@link #sealText()} repeat the seal for the evaluation.
 *
 * @param title         the heading as printed, 号码申请公函 or a variant
 * @param addressee     the line the letter is addressed to
 * @param paragraphs    the body paragraphs
 * @param applicant     申请单位, the enterprise applying
 * @param adminName     管理员姓名, or null when missing
 * @param adminIdNumber 管理员身份证号, or null when missing
 * @param phone         联系电话
 * @param date          the date signed, or null when missing
 * @param datePrinted   the date as printed (2026年11月20日, 2026/11/20 …), a blank template (年 月 日) or null
 * @param blankLabels   whether a missing field keeps its label with a blank after it (else its line is left out)
 * @param seal          the seal stamped over the sign-off, or null when unsealed
 * @param productName   the product the letter applies for
 */
public record LetterTruth(
        String title,
        String addressee,
        List<String> paragraphs,
        String applicant,
        String adminName,
        String adminIdNumber,
        String phone,
        LocalDate date,
        String datePrinted,
        boolean blankLabels,
        SealTruth seal,
        String productName) implements DocumentTruth {

    public LetterTruth {
        paragraphs = List.copyOf(paragraphs);
    }

    @JsonProperty("sealed")
    public boolean sealed() {
        return seal != null;
    }

    @JsonProperty("sealText")
    public String sealText() {
        return seal == null ? null : seal.text();
    }

    public LetterTruth withSeal(SealTruth s) {
        return new LetterTruth(title, addressee, paragraphs, applicant, adminName, adminIdNumber, phone, date,
                datePrinted, blankLabels, s, productName);
    }
}
