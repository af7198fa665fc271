package io.qualify.check;

import io.qualify.text.CallScripts;
import java.util.List;
import java.util.Map;

/**
 * R13: the application description states the business scenario and quotes the call script (话术):
 * the carrier reviews what the calls will say and to whom. An absent description lacks both.
 */
public final class DescriptionRule implements Rule {

    @Override
    public List<Finding> check(Review review) {
        String description = review.application().description();
        if (description == null || description.isBlank()) {
            return List.of(Finding.of(FindingCode.DESCRIPTION_MISSING_SCRIPT, List.of(), Map.of("description", ""))
                    .withMessage("请提供话术和业务场景(未填写申请说明)"));
        }
        boolean script = !CallScripts.scripts(description).isEmpty();
        boolean scenario = CallScripts.statesScenario(description);
        if (script && scenario) {
            return List.of();
        }
        Map<String, Object> evidence = Map.of("scriptQuoted", script, "scenarioStated", scenario);
        String what = script ? "未说明业务场景" : scenario ? "未引用外呼话术" : "未说明业务场景和外呼话术";
        return List.of(Finding.of(FindingCode.DESCRIPTION_MISSING_SCRIPT, List.of(), evidence)
                .withMessage("请提供话术和业务场景(" + what + ")"));
    }
}
