package io.qualify.extract;

import io.qualify.document.Field;
import io.qualify.text.CreditCodes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a unified social credit code (18 characters) or an old registration number (15 digits) in
 * recognised lines. A valid code wins; a code made valid by undoing look-alikes comes next; an
 * invalid 18-character code on the code's own line is still reported, so R4 can warn about it.
 */
final class CodeFinder {

    private static final Pattern RUN = Pattern.compile("[0-9A-Z]{15,24}");
    private static final Pattern CODE_LABEL = Pattern.compile("信用代码|代码");
    private static final Pattern REGISTRATION = Pattern.compile("(?<!\\d)\\d{15}(?!\\d)");

    private CodeFinder() {
    }

    static Optional<Field> creditCode(List<TextLine> lines) {
        Field invalid = null;
        for (TextLine line : lines) {
            String upper = line.text().toUpperCase(Locale.ROOT);
            Matcher run = RUN.matcher(upper);
            while (run.find()) {
                for (int start = run.start(); start + 18 <= run.end(); start++) {
                    String read = upper.substring(start, start + 18);
                    Optional<String> repaired = CreditCodes.repair(read);
                    double confidence = line.confidence(start, start + 18);
                    if (repaired.isPresent()) {
                        return Optional.of(new Field(repaired.get(), confidence));
                    }
                    if (invalid == null && run.end() - run.start() == 18 && looksLikeCode(read, line)) {
                        invalid = new Field(read, confidence);
                    }
                }
            }
        }
        return Optional.ofNullable(invalid);
    }

    /** A plausible unified code: starts with a registration-authority digit pair, or sits on its label's line. */
    private static boolean looksLikeCode(String read, TextLine line) {
        return read.matches("[1-9A-Y][1-9].*") && (read.chars().filter(Character::isDigit).count() >= 10
                || CODE_LABEL.matcher(line.text()).find());
    }

    static Optional<Field> registrationNumber(List<TextLine> lines) {
        Field any = null;
        for (TextLine line : lines) {
            Matcher m = REGISTRATION.matcher(line.text());
            while (m.find()) {
                Field found = new Field(m.group(), line.confidence(m.start(), m.end()));
                if (CreditCodes.isValidRegistrationNumber(m.group())) {
                    return Optional.of(found);
                }
                if (any == null && line.text().contains("注册号")) {
                    any = found;
                }
            }
        }
        return Optional.ofNullable(any);
    }
}
