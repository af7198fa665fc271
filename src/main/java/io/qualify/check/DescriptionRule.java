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
                    .variant("blank"));
        }
        boolean script = !CallScripts.scripts(description).isEmpty();
        boolean scenario = CallScripts.statesScenario(description);
        if (script && scenario) {
            return List.of();
        }
        Map<String, Object> evidence = Map.of("scriptQuoted", script, "scenarioStated", scenario);
        String what = script ? "no-scenario" : scenario ? "no-script" : "neither";
        return List.of(Finding.of(FindingCode.DESCRIPTION_MISSING_SCRIPT, List.of(), evidence)
                .variant(what));
    }
}
