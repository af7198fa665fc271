package io.qualify.check;

import java.util.List;

/** R3: the licence (or certificate) names its legal representative (法定代表人 / 负责人 / 经营者…). */
public final class LegalPersonRule implements Rule {

    @Override
    public List<Finding> check(Review review) {
        return review.certificate()
                .filter(d -> d.value("legalPersonName") == null)
                .map(d -> List.of(Finding.of(FindingCode.LEGAL_PERSON_MISSING, List.of(d.file()))))
                .orElse(List.of());
    }
}
