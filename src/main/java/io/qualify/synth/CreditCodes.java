package io.qualify.synth;

import java.util.Random;

/**
 * Makes and checks Chinese enterprise identifiers with known validity: the 18-character unified social
 * credit code (统一社会信用代码, GB 32100-2015, mod-31 check character) and the old 15-digit registration
 * number (注册号, ISO 7064 MOD 11,10 check digit). Call {@link #newCreditCode(Random, String, String)} for a
 * valid code, {@link #withWrongCheck(String, Random)} to spoil one, {@link #isValidCreditCode(String)} to test.
 */
public final class CreditCodes {

    /** The 31 characters of GB 32100-2015 (no I, O, Z, S, V). */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

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

    /** The check character for the first 17 characters of a credit code (the pipeline's own rule). */
    public static char creditCheckChar(String first17) {
        return io.qualify.text.CreditCodes.checkCharacter(first17);
    }

    /** True when the code has 18 characters of the alphabet and its last one is the right check character. */
    public static boolean isValidCreditCode(String code) {
        return io.qualify.text.CreditCodes.isValid(code);
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
        return body.append(creditCheckChar(body.toString())).toString();
    }

    /** The same code with its check character replaced by a different, wrong one. */
    public static String withWrongCheck(String code, Random rnd) {
        char right = creditCheckChar(code.substring(0, 17));
        char wrong;
        do {
            wrong = ALPHABET.charAt(rnd.nextInt(ALPHABET.length()));
        } while (wrong == right);
        return code.substring(0, 17) + wrong;
    }

    /** ISO 7064 MOD 11,10 check digit for the first 14 digits of a registration number. */
    public static int registrationCheckDigit(String first14) {
        int p = 10;
        for (int i = 0; i < first14.length(); i++) {
            int s = (p + (first14.charAt(i) - '0')) % 10;
            p = (s == 0 ? 10 : s) * 2 % 11;
        }
        return (11 - p) % 10;
    }

    /** True when the 15-digit registration number carries the right check digit. */
    public static boolean isValidRegistrationNumber(String number) {
        return io.qualify.text.CreditCodes.isValidRegistrationNumber(number);
    }

    /** A valid 15-digit registration number under the 6-digit area code. */
    public static String newRegistrationNumber(Random rnd, String areaCode) {
        StringBuilder body = new StringBuilder(areaCode);
        body.append(rnd.nextInt(10) < 7 ? '0' : '6');
        while (body.length() < 14) {
            body.append((char) ('0' + rnd.nextInt(10)));
        }
        return body.append(registrationCheckDigit(body.toString())).toString();
    }
}
