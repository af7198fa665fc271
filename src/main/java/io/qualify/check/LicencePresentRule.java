package io.qualify.check;

import java.util.List;

/** R1: a business licence, or for public units an institution certificate, is in the submission. */
public final class LicencePresentRule implements Rule {

    @Override
    public List<Finding> check(Review review) {
        if (review.certificate().isPresent()) {
            return List.of();
        }
        return List.of(Finding.of(FindingCode.LICENCE_MISSING, List.of()));
    }
}
