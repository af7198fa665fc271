package io.qualify.synth;

/**
 * What the form's description (申请说明, {@code application.json}'s {@code description}) holds, part by part.
 *
 * @param scene        the business scenario stated, or null when the description is absent
 * @param script       the call script (话术) as quoted, or null when none is quoted
 * @param quoting      how the script is set off: “”, "", 「」 or 话术: …; null without a script
 * @param namesProduct whether the script names the product or platform (the form's productName)
 */
public record DescriptionTruth(String scene, String script, String quoting, boolean namesProduct) {
}
