package io.qualify.synth;

import java.util.Random;

/**
 * Makes Chinese enterprise identifiers with known validity: the 18-character unified social credit
 * code (统一社会信用代码, GB 32100-2015) and the old 15-digit registration number (注册号, ISO 7064
 * MOD 11,10). Call {@link #newCreditCode(Random, String, String)} for a valid code,
 * {@link #withWrongCheck(String, Random)} to spoil one. Their check characters come from the
 * pipeline's own {@link io.qualify.text.CreditCodes}, which is also what tests them.
 */
public final class CreditCodes {

    private static final String ALPHABET = io.qualify.text.CreditCodes.ALPHABET;

    /** Registration-authority and type prefix: 91 enterprise. */
    public static final String ENTERPRISE = "91";
    /** 92 个体工商户. */
    public static final String SOLE_TRADER = "92";
    /** 93 农民专业合作社. */
    public static final String COOPERATIVE = "93";
    /** 12 事业单位. */
    public static final String INSTITUTION = "12";

    private CreditCodes() {
    }

    /**
     * A valid credit code: {@code prefix} (e.g. {@link #ENTERPRISE}), the 6-digit {@code areaCode}, a 9-character
     * organisation code (old-style digits, or the "MA" form used since 2015) and the check character.
     */
    public static String newCreditCode(Random rnd, String prefix, String areaCode) {
        StringBuilder body = new StringBuilder(prefix).append(areaCode);
        if (rnd.nextBoolean()) {
            body.append("MA");
            for (int i = 0; i < 7; i++) {
                body.append(ALPHABET.charAt(rnd.nextInt(ALPHABET.length())));
            }
        } else {
            for (int i = 0; i < 9; i++) {
                body.append((char) ('0' + rnd.nextInt(10)));
            }
        }
        return body.append(io.qualify.text.CreditCodes.checkCharacter(body.toString())).toString();
    }

    /** The same code with its check character replaced by a different, wrong one. */
    public static String withWrongCheck(String code, Random rnd) {
        char right = io.qualify.text.CreditCodes.checkCharacter(code.substring(0, 17));
        char wrong;
        do {
            wrong = ALPHABET.charAt(rnd.nextInt(ALPHABET.length()));
        } while (wrong == right);
        return code.substring(0, 17) + wrong;
    }

    /** A valid 15-digit registration number under the 6-digit area code. */
    public static String newRegistrationNumber(Random rnd, String areaCode) {
        StringBuilder body = new StringBuilder(areaCode);
        body.append(rnd.nextInt(10) < 7 ? '0' : '6');
        while (body.length() < 14) {
            body.append((char) ('0' + rnd.nextInt(10)));
        }
        return body.append(io.qualify.text.CreditCodes.registrationCheckDigit(body.toString())).toString();
    }
}
