package io.qualify.check;

import io.qualify.document.Document;
import io.qualify.document.FieldNames;
import io.qualify.text.CreditCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * R4: the unified social credit code passes its GB 32100-2015 check character (a pre-2015 15-digit
 * 注册号 its MOD 11,10 check). Also checks the code typed in the form, when given. A warning: the
 * code may be right and the photo poor, so a person looks.
 */
public final class CreditCodeRule implements Rule {

    @Override
    public List<Finding> check(Review review) {
        List<Finding> findings = new ArrayList<>();
        review.certificate().ifPresent(d -> checkDocument(d, findings));
        String typed = review.application().creditCode();
        if (typed != null && !typed.isBlank() && !validCode(typed.strip().toUpperCase())) {
            findings.add(Finding.of(FindingCode.CREDIT_CODE_INVALID, List.of("application.json"),
                    Map.of("creditCode", typed)).variant("typed"));
        }
        return findings;
    }

    /** A form may carry an old 15-digit 注册号 where the enterprise has no credit code. */
    private static boolean validCode(String typed) {
        return typed.length() == 15 ? CreditCodes.isValidRegistrationNumber(typed) : CreditCodes.isValid(typed);
    }

    private static void checkDocument(Document d, List<Finding> findings) {
        String code = d.value(FieldNames.CREDIT_CODE);
        if (code != null && !CreditCodes.isValid(code)) {
            findings.add(Finding.of(FindingCode.CREDIT_CODE_INVALID, List.of(d.file()), Map.of("creditCode", code)));
        }
        String registration = d.value(FieldNames.REGISTRATION_NUMBER);
        if (code == null && registration != null && !CreditCodes.isValidRegistrationNumber(registration)) {
            findings.add(Finding.of(FindingCode.CREDIT_CODE_INVALID, List.of(d.file()),
                    Map.of("registrationNumber", registration)).variant("registration-number"));
        }
    }
}
