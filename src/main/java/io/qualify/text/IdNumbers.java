package io.qualify.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resident ID numbers (GB 11643-1999): the check character and masking of personal data. */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();
    private static final Pattern ANY_ID = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})(\\d{8})(\\d{3}[0-9Xx])(?![0-9A-Za-z])");

    private IdNumbers() {
    }

    public static boolean isValid(String number) {
        if (number == null || !number.matches("\\d{17}[0-9X]")) {
            return false;
        }
        return checkCharacter(number.substring(0, 17)) == number.charAt(17);
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** {@code 330106199001011234} becomes {@code 330106********1234}; other text is left as it is. */
    public static String mask(String number) {
        if (number == null || number.length() != 18) {
            return number;
        }
        return number.substring(0, 6) + "********" + number.substring(14);
    }

    /** Masks every 18-character ID number inside free text (OCR text, messages, evidence). */
    public static String maskAll(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ANY_ID.matcher(text);
        return m.replaceAll(r -> r.group(1) + "********" + r.group(3));
    }
}
