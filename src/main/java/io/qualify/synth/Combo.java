package io.qualify.synth;

import io.qualify.synth.Scenario.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What one generated submission tests: a single {@link Scenario}, or two defects that spoil different parts of
 * the submission (an ID photo turned upside down and an unsealed letter, say). Each planner asks
 * {@link #on(Subject)} for the scenario of its own part and gets {@link Scenario#CLEAN} when the combo leaves
 * that part alone, so the parts are planned independently and the expected findings are the union of both.
 * {@code Combo.of(Scenario.CLEAN)} or {@code Combo.pair(Scenario.ID_MIRRORED, Scenario.LETTER_SEAL_MISSING)}.
 *
 * @param first  the first (or only) scenario
 * @param second the second defect, or null for a single scenario
 */
public record Combo(Scenario first, Scenario second) {

    /**
     * Pairs whose second defect would hide or confuse the first one's evidence: a letter naming someone else
     * is told apart from the card's holder only when the front photo exists; a commitment's or seal's name is
     * judged against the licence's name, which a missing licence or a renamed form leaves in doubt.
     */
    private static final List<Set<Scenario>> CONFLICTS = List.of(
            Set.of(Scenario.LETTER_ADMIN_MISMATCH, Scenario.ID_FRONT_MISSING),
            Set.of(Scenario.COMMITMENT_USER_NAME_MISMATCH, Scenario.LICENCE_MISSING),
            Set.of(Scenario.COMMITMENT_USER_NAME_MISMATCH, Scenario.NAME_MISMATCH),
            Set.of(Scenario.SEAL_NAME_MISMATCH, Scenario.LICENCE_MISSING),
            Set.of(Scenario.SEAL_NAME_MISMATCH, Scenario.NAME_MISMATCH));

    public Combo {
        if (second != null && !compatible(first, second)) {
            throw new IllegalArgumentException("cannot combine " + first + " with " + second);
        }
    }

    public static Combo of(Scenario s) {
        return new Combo(s, null);
    }

    public static Combo pair(Scenario a, Scenario b) {
        return new Combo(a, b);
    }

    /**
     * Whether {@code a} and {@code b} can share a submission: both are defects, they spoil different parts
     * (a seal naming another company spoils the letter's or commitment's seal, so it pairs with neither), and
     * they are not a known conflicting pair.
     */
    public static boolean compatible(Scenario a, Scenario b) {
        if (a.clean() || b.clean() || a.subject() == b.subject()) {
            return false;
        }
        if (touchesPapers(a.subject()) && touchesPapers(b.subject())
                && (a.subject() == Subject.SEALS || b.subject() == Subject.SEALS)) {
            return false;
        }
        return CONFLICTS.stream().noneMatch(c -> c.contains(a) && c.contains(b));
    }

    private static boolean touchesPapers(Subject s) {
        return s == Subject.LETTER || s == Subject.COMMITMENT || s == Subject.SEALS;
    }

    /** The scenario spoiling {@code subject}, else {@link Scenario#CLEAN} (a clean certificate scenario stays). */
    public Scenario on(Subject subject) {
        if (first.subject() == subject) {
            return first;
        }
        if (second != null && second.subject() == subject) {
            return second;
        }
        return Scenario.CLEAN;
    }

    /** {@code ID_MIRRORED} or {@code ID_MIRRORED+LETTER_SEAL_MISSING}. */
    public String name() {
        return second == null ? first.name() : first.name() + "+" + second.name();
    }

    /** The findings of both scenarios, the first's first. */
    public List<ExpectedFinding> findings() {
        List<ExpectedFinding> all = new ArrayList<>(first.findings());
        if (second != null) {
            second.findings().stream().filter(f -> !all.contains(f)).forEach(all::add);
        }
        return List.copyOf(all);
    }

    public List<String> codes() {
        return findings().stream().map(ExpectedFinding::code).toList();
    }

    public ExpectedDecision decision() {
        return ExpectedDecision.of(findings());
    }

    /** Whether either scenario is {@code s}. */
    public boolean has(Scenario s) {
        return first == s || second == s;
    }
}
