package io.qualify.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015) and pre-2015 15-digit registration
 * numbers (注册号, ISO 7064 MOD 11,10). {@link #repair} undoes OCR look-alikes only when the repaired
 * code passes its check, so a wrong code is never "fixed" into a valid-looking one by guesswork alone.
 */
public final class CreditCodes {

    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final String LOOK_ALIKE_FROM = "OIZSBDQ8";
    private static final String LOOK_ALIKE_TO = "0125800B";
    private static final int MAX_AMBIGUOUS = 6;

    private CreditCodes() {
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        return checkCharacter(code.substring(0, 17)) == code.charAt(17);
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** ISO 7064 MOD 11,10 over the 15 digits of an old registration number. */
    public static boolean isValidRegistrationNumber(String number) {
        if (number == null || !number.matches("\\d{15}")) {
            return false;
        }
        return registrationCheckDigit(number.substring(0, 14)) == number.charAt(14) - '0';
    }

    /** The ISO 7064 MOD 11,10 check digit for the first 14 digits of a registration number. */
    public static int registrationCheckDigit(String first14) {
        int product = 10;
        for (int i = 0; i < first14.length(); i++) {
            int sum = (product + (first14.charAt(i) - '0')) % 10;
            product = (sum == 0 ? 10 : sum) * 2 % 11;
        }
        return (11 - product) % 10;
    }

    /** The code made valid by swapping OCR look-alikes (O/0, I/1, Z/2, S/5, B/8, D/0, Q/0), if one does. */
    public static Optional<String> repair(String read) {
        if (read == null || read.length() != 18) {
            return Optional.empty();
        }
        if (isValid(read)) {
            return Optional.of(read);
        }
        List<Integer> ambiguous = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            if (LOOK_ALIKE_FROM.indexOf(read.charAt(i)) >= 0) {
                ambiguous.add(i);
            }
        }
        if (ambiguous.isEmpty() || ambiguous.size() > MAX_AMBIGUOUS) {
            return Optional.empty();
        }
        List<String> passing = new ArrayList<>();
        for (int mask = 1; mask < (1 << ambiguous.size()); mask++) {
            char[] chars = read.toCharArray();
            for (int bit = 0; bit < ambiguous.size(); bit++) {
                if ((mask & (1 << bit)) != 0) {
                    int at = ambiguous.get(bit);
                    chars[at] = LOOK_ALIKE_TO.charAt(LOOK_ALIKE_FROM.indexOf(chars[at]));
                }
            }
            String candidate = new String(chars);
            if (isValid(candidate)) {
                passing.add(candidate);
            }
        }
        // Two different valid repairs means the read does not decide between them: refuse to guess.
        return passing.size() == 1 ? Optional.of(passing.get(0)) : Optional.empty();
    }
}
