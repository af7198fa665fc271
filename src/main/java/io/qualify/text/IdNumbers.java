package io.qualify.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Resident ID numbers (GB 11643-1999): the check character and masking of personal data. */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();
    private static final Pattern ANY_ID = Pattern.compile("(?<![0-9A-Za-z])(\\d{6})(\\d{8})(\\d{3}[0-9Xx])(?![0-9A-Za-z])");

    /** The provinces' two-digit codes (GB/T 2260) an address code begins with. */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
            "63", "64", "65", "71", "81", "82", "83", "91");

    private IdNumbers() {
    }

    /**
     * What is wrong with {@code number} as a resident ID number, in order: {@code format} (not 17
     * digits and a check character), {@code checkCharacter}, {@code areaCode} (no province begins so),
     * {@code birthDate} (not a date, or after {@code today}). Empty when it passes.
     */
    public static List<String> problems(String number, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (number == null || !number.matches("\\d{17}[0-9X]")) {
            problems.add("format");
            return problems;
        }
        if (!isValid(number)) {
            problems.add("checkCharacter");
        }
        if (!PROVINCES.contains(number.substring(0, 2))) {
            problems.add("areaCode");
        }
        Optional<LocalDate> birth = birthDate(number);
        if (birth.isEmpty() || birth.get().isAfter(today) || birth.get().getYear() < 1890) {
            problems.add("birthDate");
        }
        return problems;
    }

    /** The birth date a well-formed number encodes (digits 7–14), if it is a date. */
    public static Optional<LocalDate> birthDate(String number) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14))));
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** The sex a well-formed number encodes: its 17th digit is odd for 男, even for 女. */
    public static Optional<String> sex(String number) {
        if (number == null || number.length() < 17 || !Character.isDigit(number.charAt(16))) {
            return Optional.empty();
        }
        return Optional.of((number.charAt(16) - '0') % 2 == 1 ? "男" : "女");
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

    /**
     * {@code 330106199001011234} becomes {@code 330106********1234}; a misprinted or fake number of
     * another length of 15 or more keeps its first six and last four characters too. Shorter text is
     * left as it is.
     */
    public static String mask(String number) {
        if (number == null || number.length() < 15) {
            return number;
        }
        return number.substring(0, 6) + "*".repeat(number.length() - 10) + number.substring(number.length() - 4);
    }

    /** A number as typed or read, compared as such: width and spaces normalised, x upper-cased; "" for none. */
    public static String normalize(String number) {
        return Texts.normalize(number).toUpperCase(Locale.ROOT);
    }

    /** Whether free text holds an 18-character ID number that passes its check character. */
    public static boolean holdsValid(String text) {
        Matcher m = ANY_ID.matcher(text);
        while (m.find()) {
            if (isValid(m.group().toUpperCase())) {
                return true;
            }
        }
        return false;
    }

    /** Masks every 18-character ID number inside free text (OCR text, messages, evidence). */
    public static String maskAll(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = ANY_ID.matcher(text);
        return m.replaceAll(r -> r.group(1) + "*".repeat(r.group(2).length()) + r.group(3));
    }
}
