package io.qualify.synth;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * What a synthetic network-access commitment (电信入网承诺书) says. {@code userName} is the SPEC.md §4 field
 * a perfect reader extracts from 实际用户名称; {@link #sealed()} and {@link #sealText()} repeat the seal.
 *
 * @param title       the heading as printed
 * @param intro       the sentence before the clauses
 * @param clauses     the numbered commitments, numbering included
 * @param userName    实际用户名称 as filled in (the enterprise; the administrator or another company when wrong)
 * @param signatory   the name printed after 承诺单位(盖章), or null when only the seal signs
 * @param date        the date signed
 * @param datePrinted the date as printed
 * @param seal        the seal stamped over 承诺单位, or null when unsealed
 */
public record CommitmentTruth(
        String title,
        String intro,
        List<String> clauses,
        String userName,
        String signatory,
        LocalDate date,
        String datePrinted,
        SealTruth seal) implements DocumentTruth {

    public CommitmentTruth {
        clauses = List.copyOf(clauses);
    }

    @JsonProperty("sealed")
    public boolean sealed() {
        return seal != null;
    }

    @JsonProperty("sealText")
    public String sealText() {
        return seal == null ? null : seal.text();
    }

    public CommitmentTruth withSeal(SealTruth s) {
        return new CommitmentTruth(title, intro, clauses, userName, signatory, date, datePrinted, s);
    }
}
