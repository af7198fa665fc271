package io.qualify.check;

import io.qualify.document.FieldNames;
import io.qualify.text.CallScripts;
import java.util.List;
import java.util.Map;

/**
 * R14: the call script names the product or platform it serves, so the carrier's reviewer can tell
 * what the calls are for: the form's {@code productName} when given, else the enterprise's own name or
 * a signature in brackets. Judged only when the description quotes a script (R13 covers one that does not).
 */
public final class ScriptProductRule implements Rule {

    @Override
    public List<Finding> check(Review review) {
        List<String> scripts = CallScripts.scripts(review.application().description());
        if (scripts.isEmpty()) {
            return List.of();
        }
        String product = review.application().productName();
        String enterprise = review.application().enterpriseName() != null ? review.application().enterpriseName()
                : review.certificate().map(c -> c.value(FieldNames.ENTERPRISE_NAME)).orElse(null);
        if (scripts.stream().anyMatch(s -> CallScripts.namesProduct(s, product, enterprise))) {
            return List.of();
        }
        return List.of(Finding.of(FindingCode.SCRIPT_PRODUCT_NAME_MISSING, List.of(),
                Map.of("productName", product == null ? "" : product, "script", scripts.get(0))));
    }
}
