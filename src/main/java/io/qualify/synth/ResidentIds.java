package io.qualify.synth;

import io.qualify.text.IdNumbers;
import java.time.LocalDate;
import java.util.Random;

/**
 * Makes 18-character resident ID numbers (公民身份号码, GB 11643-1999) with known validity: area code, birth
 * date YYYYMMDD, a 3-digit sequence whose last digit is odd for men and even for women, and the check
 * character from the pipeline's own {@link IdNumbers}, which is also what tests them.
 */
public final class ResidentIds {

    private static final String CHECKS = "0123456789X";

    private ResidentIds() {
    }

    /** A valid number for a person born on {@code birth} in {@code areaCode}, 男 when {@code male}. */
    public static String newNumber(Random rnd, String areaCode, LocalDate birth, boolean male) {
        int last = 2 * rnd.nextInt(5) + (male ? 1 : 0);
        String first17 = areaCode + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth()) + rnd.nextInt(10) + rnd.nextInt(10) + last;
        return first17 + IdNumbers.checkCharacter(first17);
    }

    /** The same number with its check character replaced by a different, wrong one. */
    public static String withWrongCheck(String number, Random rnd) {
        char right = IdNumbers.checkCharacter(number.substring(0, 17));
        char wrong;
        do {
            wrong = CHECKS.charAt(rnd.nextInt(CHECKS.length()));
        } while (wrong == right);
        return number.substring(0, 17) + wrong;
    }
}
