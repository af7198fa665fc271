package io.qualify.text;

import java.util.Collection;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * The distinctive part of an enterprise's name, the one it is known by: 杭州云语科技有限公司 → 云语.
 * The place in front (up to the first 省, 市, 区 or 县), the legal form behind and the line of business
 * before it are the parts many enterprises share. A place written without 市 (杭州云语) stays in front:
 * {@link #named} therefore looks for the core's tail.
 */
public final class EnterpriseCores {

    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?:股份有限公司|有限责任公司|有限公司|分公司|集团|公司|合伙企业)(?:\\(.*\\))?.*$|(?:厂|店|工作室)$");
    private static final Pattern PLACE = Pattern.compile("^[\\p{IsHan}]{2,7}?(?:省|自治区|市|区|县)");
    private static final Pattern TRADE = Pattern.compile(
            "(?:信息技术|网络科技|科技|信息|网络|技术|电子商务|商务|贸易|实业|控股|投资|咨询|服务|管理|文化|传媒|教育|物流|"
                    + "电子|软件|数据|智能|健康|医疗|生物|餐饮|电器|机械|建材|建设|工程|发展|设备|通信|物业|酒店|旅游)+$");

    private EnterpriseCores() {
    }

    /** The distinctive part, or "" when nothing distinctive is left. */
    public static String of(String enterpriseName) {
        String core = withoutLegalForm(enterpriseName);
        String withoutPlace = PLACE.matcher(core).replaceFirst("");
        core = withoutPlace.length() >= 2 ? withoutPlace : core;
        String withoutTrade = TRADE.matcher(core).replaceFirst("");
        core = withoutTrade.length() >= 2 ? withoutTrade : core;
        return core.length() >= 2 ? core : "";
    }

    /** The name without its legal form and what follows it: 杭州云语科技有限公司 → 杭州云语科技. */
    public static String withoutLegalForm(String enterpriseName) {
        return LEGAL_FORM.matcher(Texts.normalize(enterpriseName)).replaceFirst("");
    }

    /**
     * Whether at least {@code share} of the Chinese characters of {@code text} before its legal form occur
     * in none of the names (the names' own legal forms count: a misread 有限贵任公司 is still theirs).
     * A misreading of one of the names is made mostly of its characters; another enterprise's name shares
     * little more than its place (深圳市) with them. False for a text with no such character.
     */
    public static boolean mostlyForeign(String text, Collection<String> names, double share) {
        return mostlyForeign(text, names, share, at -> true);
    }

    /**
     * As {@link #mostlyForeign(String, Collection, double)}, a foreign character counting only when
     * {@code clear} holds for its index in the normalised text (read sure enough to be evidence).
     */
    public static boolean mostlyForeign(String text, Collection<String> names, double share, IntPredicate clear) {
        String front = withoutLegalForm(text);
        int total = 0;
        int foreign = 0;
        for (int at = 0; at < front.length(); at++) {
            char c = front.charAt(at);
            if (!Texts.isCjk(c)) {
                continue;
            }
            total++;
            if (clear.test(at) && names.stream().noneMatch(n -> n.indexOf(c) >= 0)) {
                foreign++;
            }
        }
        return total > 0 && foreign >= share * total - 1e-9;
    }

    /**
     * {@code text} without its legal form: the form {@code name} ends with, when the text ends with it read
     * with at most a third of its characters misread or lost (有限责保公 for 有限责任公司); otherwise any
     * legal form the text spells plainly ({@link #withoutLegalForm}).
     */
    public static String withoutLegalFormOf(String text, String name) {
        String t = Texts.normalize(text);
        String n = Texts.normalize(name);
        String core = withoutLegalForm(n);
        String form = n.startsWith(core) ? n.substring(core.length()) : "";
        if (form.length() >= 2) {
            int bestAt = -1;
            int best = Integer.MAX_VALUE;
            for (int at = Math.max(0, t.length() - form.length() - 2); at <= t.length() - 2; at++) {
                int d = Texts.distance(t.substring(at), form);
                if (d < best) {
                    best = d;
                    bestAt = at;
                }
            }
            if (bestAt >= 0 && best * 3 <= form.length()) {
                return t.substring(0, bestAt);
            }
        }
        return withoutLegalForm(t);
    }

    /** Whether {@code text} names the enterprise: holds its core, or the core's last two or more characters. */
    public static boolean named(String text, String enterpriseName) {
        String core = of(enterpriseName);
        for (int from = 0; from + 2 <= core.length(); from++) {
            if (text.contains(core.substring(from))) {
                return true;
            }
        }
        return false;
    }
}
