package io.qualify.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Named sets of rules: {@link #licence} judges the licence alone (R1–R5, R15–R17); {@link #all} adds
 * the administrator's ID card photos (R6–R9), the letter and the commitment (R10–R12, R19) and the
 * application description (R13, R14).
 */
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

    public static Rules all(double confidenceFloor) {
        List<Rule> all = new ArrayList<>(licence(confidenceFloor).rules);
        all.add(new IdCardsPresentRule(confidenceFloor));
        all.add(new IdPhotoRule());
        all.add(new IdNumberRule(confidenceFloor));
        all.add(new IdCardExpiryRule(confidenceFloor));
        all.add(new LetterRule(confidenceFloor));
        all.add(new LetterAdminRule(confidenceFloor));
        all.add(new CommitmentRule(confidenceFloor));
        all.add(new DescriptionRule());
        all.add(new ScriptProductRule());
        all.add(new SealNameRule());
        return new Rules(all);
    }

    public List<Finding> check(Review review) {
        List<Finding> findings = new ArrayList<>();
        rules.forEach(rule -> findings.addAll(rule.check(review)));
        return findings;
    }
}
