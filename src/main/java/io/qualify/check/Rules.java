package io.qualify.check;

import java.util.ArrayList;
import java.util.List;

/** Named sets of rules. {@link #licence} is what exists so far: R1–R5 and R15–R17. */
public final class Rules {

    private final List<Rule> rules;

    private Rules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Rules licence(double confidenceFloor) {
        return new Rules(List.of(
                new ReadableRule(),
                new RecognisedRule(),
                new LicencePresentRule(confidenceFloor),
                new EnterpriseTypeRule(),
                new LegalPersonRule(confidenceFloor),
                new CreditCodeRule(),
                new EnterpriseNameRule(confidenceFloor),
                new LowConfidenceRule(confidenceFloor)));
    }

    public List<Finding> check(Review review) {
        List<Finding> findings = new ArrayList<>();
        rules.forEach(rule -> findings.addAll(rule.check(review)));
        return findings;
    }
}
