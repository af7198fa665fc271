package io.qualify.extract;

import io.qualify.document.Field;
import io.qualify.text.CreditCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a unified social credit code (18 characters) or an old registration number (15 digits) in
 * recognised lines. Codes that pass their check (as read, or after undoing look-alikes) vote across
 * all readings of the page; an invalid 18-character code on the code's own line is still reported,
 * so R4 can warn about it.
 *
 * <p>A passing check is evidence of its own: a misread code passes GB 32100's check one time in 31
 * and a registration number's MOD 11,10 check one time in 10. A valid code's confidence is the
 * posterior of its best reading given that it passed, and that the other readings of the page
 * agreed on it ({@link #givenCheckPassed}): a code buried in a junk-laden word gets a poor word
 * confidence however clearly its own characters were read, and agreement is what shows it.
 */
final class CodeFinder {

    private static final Pattern RUN = Pattern.compile("[0-9A-Z]{15,24}");
    /**
     * GB 32100's layout: the registering authority (1–9, A–Y), the kind of entity (1–9), then the
     * six-digit administrative division. A string of junk that happens to pass the check (one in 31)
     * rarely has it.
     */
    private static final Pattern STRUCTURE = Pattern.compile("[1-9A-Y][1-9]\\d{6}[0-9A-Z]{10}");
    private static final Pattern CODE_LABEL = Pattern.compile("信用代码|代码");
    private static final Pattern REGISTRATION = Pattern.compile("(?<!\\d)\\d{15}(?!\\d)");
    private static final int CREDIT_CODE_ALPHABET = 31;
    private static final int REGISTRATION_DIGITS = 10;

    private CodeFinder() {
    }

    static Optional<Field> creditCode(List<TextLine> lines) {
        List<Votes.Candidate> valid = new ArrayList<>();
        Field invalid = null;
        for (TextLine line : lines) {
            String upper = line.text().toUpperCase(Locale.ROOT);
            Matcher run = RUN.matcher(upper);
            while (run.find()) {
                for (int start = run.start(); start + 18 <= run.end(); start++) {
                    String read = upper.substring(start, start + 18);
                    Optional<String> repaired = CreditCodes.repair(read);
                    // The code's own characters: junk the engine glued to the code's word (a frame's corner,
                    // a stray mark) must not make 18 clearly read characters look doubtful.
                    double confidence = line.characterConfidence(start, start + 18);
                    if (repaired.isPresent() && STRUCTURE.matcher(repaired.get()).matches()) {
                        valid.add(new Votes.Candidate(new Field(repaired.get(), confidence), 1));
                        break;
                    }
                    if (invalid == null && run.end() - run.start() == 18 && looksLikeCode(read, line)) {
                        invalid = new Field(read, confidence);
                    }
                }
            }
        }
        return valid.isEmpty() ? Optional.ofNullable(invalid) : posterior(valid, CREDIT_CODE_ALPHABET);
    }

    private static Optional<Field> posterior(List<Votes.Candidate> valid, int chance) {
        return Votes.best(valid).map(f -> new Field(f.value(), givenCheckPassed(f.confidence(), chance,
                (int) valid.stream().filter(c -> c.field().value().equals(f.value())).count())));
    }

    /**
     * The chance a code is right once its check passed, when a wrong reading passes one time in
     * {@code chance}, and {@code readings} readings of the page gave it. By Bayes on odds, taking the
     * best reading's confidence c as the prior: odds = c / (1 - c) × chance, and each further reading
     * that agrees multiplies the odds by √chance (readings of one image are not independent, so an
     * agreeing reading counts for less than the check itself).
     */
    static double givenCheckPassed(double confidence, int chance, int readings) {
        double c = Math.max(0, Math.min(0.999, confidence));
        if (c == 0) {
            return 0;
        }
        double odds = c / (1 - c) * chance * Math.pow(Math.sqrt(chance), Math.max(0, readings - 1));
        return odds / (1 + odds);
    }

    /** A plausible unified code: starts with a registration-authority digit pair, or sits on its label's line. */
    private static boolean looksLikeCode(String read, TextLine line) {
        return read.matches("[1-9A-Y][1-9]\\d{6}.*") && (read.chars().filter(Character::isDigit).count() >= 10
                || CODE_LABEL.matcher(line.text()).find());
    }

    static Optional<Field> registrationNumber(List<TextLine> lines) {
        List<Votes.Candidate> valid = new ArrayList<>();
        Field any = null;
        for (TextLine line : lines) {
            Matcher m = REGISTRATION.matcher(line.text());
            while (m.find()) {
                Field found = new Field(m.group(), line.characterConfidence(m.start(), m.end()));
                if (CreditCodes.isValidRegistrationNumber(m.group())) {
                    valid.add(new Votes.Candidate(found, 1));
                } else if (any == null && line.text().contains("注册号")) {
                    any = found;
                }
            }
        }
        return valid.isEmpty() ? Optional.ofNullable(any) : posterior(valid, REGISTRATION_DIGITS);
    }
}
