package io.qualify.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the application description (申请说明) the applicant typed: the call script (话术) it quotes,
 * the business scenario around it, and whether the script names a product or platform. A script is
 * text in quotes (“…”, "…", 「…」, 『…』, ‘…’) or after a label such as 话术: or 外呼内容为.
 * Call {@link #scripts}, {@link #scenario} and {@link #namesProduct}.
 */
public final class CallScripts {

    /** Shorter quoted text is a quoted word (a product's name, a label), not what the call says. */
    static final int MIN_SCRIPT = 8;
    /** A scenario says at least this many Chinese characters about the calls besides the script. */
    static final int MIN_SCENARIO = 6;

    private static final Pattern QUOTED = Pattern.compile("“([^”]+)”|\"([^\"]+)\"|「([^」]+)」|『([^』]+)』|‘([^’]+)’");
    private static final Pattern LABELLED = Pattern.compile(
            "(?:话术|外呼内容|通话内容|播报内容|语音内容|呼叫内容|通知内容|外呼话术)(?:如下|为|是)?[::]\\s*([^“\"「『‘]{" + MIN_SCRIPT + ",})");
    /** A signature in brackets, as messages carry their sender's name: 【云语会员】. */
    private static final Pattern SIGNATURE = Pattern.compile("【[^】]{2,}】|\\[[^\\]]{2,}\\]|《[^》]{2,}》");
    private static final Pattern GENERIC_SUFFIX = Pattern.compile("(?:APP|App|app|平台|小程序|商城|系统|公众号|网站|客户端|服务号)$");

    private CallScripts() {
    }

    /** Every script the description quotes, in order; empty when it quotes none. */
    public static List<String> scripts(String description) {
        List<String> found = new ArrayList<>();
        if (description == null) {
            return found;
        }
        Matcher q = QUOTED.matcher(description);
        while (q.find()) {
            for (int g = 1; g <= q.groupCount(); g++) {
                if (q.group(g) != null && q.group(g).strip().length() >= MIN_SCRIPT) {
                    found.add(q.group(g).strip());
                }
            }
        }
        if (found.isEmpty()) {
            Matcher l = LABELLED.matcher(description);
            while (l.find()) {
                found.add(l.group(1).strip());
            }
        }
        return found;
    }

    /** The description without its scripts: what it says about the business and who is called. */
    public static String scenario(String description) {
        String rest = description == null ? "" : description;
        for (String script : scripts(rest)) {
            rest = rest.replace(script, "");
        }
        return rest;
    }

    /** Whether the scenario part says enough to count as one. */
    public static boolean statesScenario(String description) {
        return Texts.cjkCount(scenario(description)) >= MIN_SCENARIO;
    }

    /**
     * Whether {@code script} names the product or platform: {@code productName} (or its distinctive
     * part, 云语会员 of 云语会员APP), the enterprise's distinctive name, or a signature in brackets
     * (【云语】). A bare product word proves nothing: 请打开APP and 登录平台 name no product.
     */
    public static boolean namesProduct(String script, String productName, String enterpriseName) {
        String s = Texts.normalize(script);
        String product = Texts.normalize(productName);
        if (!product.isEmpty() && (s.contains(product) || contains(s, GENERIC_SUFFIX.matcher(product).replaceAll("")))) {
            return true;
        }
        return EnterpriseCores.named(s, enterpriseName) || SIGNATURE.matcher(script).find();
    }

    private static boolean contains(String text, String part) {
        return part.length() >= 2 && text.contains(part);
    }
}
