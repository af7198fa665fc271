package io.qualify.text;

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
