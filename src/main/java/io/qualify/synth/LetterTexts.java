package io.qualify.synth;

import static io.qualify.synth.Vocabulary.any;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The wording of synthetic letters and commitments: titles, addressees, body sentences, commitment clauses
 * and their numbering, written after what the FAQ says such papers must hold. Each method draws from the given
 * {@link Random}.
 */
final class LetterTexts {

    private static final List<String> LETTER_TITLES = List.of("号码申请公函", "号码申请公函", "号码申请公函",
            "关于申请语音通知号码的公函", "语音号码申请公函", "关于申请开通语音服务号码的公函");

    private static final List<String> ADDRESSEES = List.of("致:语音服务平台", "尊敬的语音服务提供方:",
            "致:中国电信股份有限公司", "阿里云计算有限公司:", "致 云通信服务运营方:");

    private static final List<String> USES = List.of("注册验证码通知", "订单状态通知", "物流到件通知", "会议与预约提醒",
            "缴费到期提醒", "账户安全提醒");

    private static final List<String> COMMITMENT_TITLES = List.of("电信入网承诺书", "电信入网承诺书", "电信入网承诺书",
            "电信业务入网承诺书", "语音业务入网承诺书", "入网承诺书");

    private static final List<String> INTROS = List.of(
            "为规范电信业务的使用,维护用户的合法权益,本单位在申请语音号码时郑重承诺如下:",
            "本单位自愿申请使用语音通知号码,并就号码的使用作出如下承诺:",
            "根据国家有关电信用户实名登记和号码管理的规定,本单位承诺:");

    private static final List<String> CLAUSES = List.of(
            "本单位保证所提交的营业执照、管理员身份证件等资料真实、合法、有效,资料变更时及时告知并更新。",
            "本单位申请的号码仅用于本单位自身的业务,不转租、转售,也不提供给其他单位或个人使用。",
            "本单位严格遵守《中华人民共和国电信条例》《中华人民共和国网络安全法》等法律法规,不利用号码从事诈骗、骚扰及其他违法违规活动。",
            "外呼内容与报备的业务场景和话术保持一致,未经审核不擅自变更话术或使用场景。",
            "不向未同意接收的用户拨打营销类电话,用户明确拒绝后不再拨打。",
            "本单位配合运营商及服务提供方开展的实名核验、话术抽查和投诉处理工作。",
            "如违反上述承诺,本单位同意服务提供方暂停或关闭相关号码,并自行承担由此产生的全部法律责任。");

    private static final List<String> AREA_CODES = List.of("010", "021", "020", "022", "023", "025", "027", "028",
            "0571", "0574", "0755", "0757", "0591", "0592", "0512", "0531", "0532", "0371", "029", "0551");

    private static final String NUMERALS = "一二三四五六七八九十";

    private LetterTexts() {
    }

    static String letterTitle(Random rnd) {
        return any(rnd, LETTER_TITLES);
    }

    static String addressee(Random rnd) {
        return any(rnd, ADDRESSEES);
    }

    /** The body: who applies, for which product and what calls; what the numbers will not be used for; the close. */
    static List<String> letterBody(Random rnd, String enterprise, String product) {
        String use = any(rnd, USES);
        String first = rnd.nextBoolean()
                ? "我单位" + enterprise + "因业务发展需要,现申请开通语音通知号码,用于" + product + "的" + use + ",外呼对象为本平台的注册用户。"
                : "兹有我单位" + enterprise + "申请使用语音服务号码,该号码将用于" + product + "向用户发送" + use + "。";
        String second = any(rnd, List.of(
                "我单位承诺所申请号码仅用于上述业务,不用于营销推广、催收或其他违法违规用途,并按要求配合号码实名登记与话术审核。",
                "我单位保证所提供的资料真实有效,号码使用过程中遵守国家法律法规及运营商的相关规定。"));
        String close = any(rnd, List.of("特此申请。", "特此函告,请予办理。", "特此申请,望予批准。"));
        return List.of(first, second, close);
    }

    static String commitmentTitle(Random rnd) {
        return any(rnd, COMMITMENT_TITLES);
    }

    static String intro(Random rnd) {
        return any(rnd, INTROS);
    }

    /** Five to seven of the clauses, in their order, numbered in one style (一、 1. 1、 (1) 第一条). */
    static List<String> clauses(Random rnd) {
        List<String> picked = new ArrayList<>(CLAUSES);
        int drop = rnd.nextInt(3);
        for (int i = 0; i < drop; i++) {
            picked.remove(1 + rnd.nextInt(picked.size() - 2));
        }
        int style = rnd.nextInt(5);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < picked.size(); i++) {
            out.add(number(style, i + 1) + picked.get(i));
        }
        return out;
    }

    private static String number(int style, int n) {
        String han = String.valueOf(NUMERALS.charAt(n - 1));
        return switch (style) {
            case 0 -> han + "、";
            case 1 -> n + ".";
            case 2 -> n + "、";
            case 3 -> "(" + n + ")";
            default -> "第" + han + "条 ";
        };
    }

    /** A mobile number, sometimes a landline with its area code. */
    static String phone(Random rnd) {
        if (rnd.nextInt(4) == 0) {
            return any(rnd, AREA_CODES) + "-" + (8 + rnd.nextInt(2)) + String.format("%07d", rnd.nextInt(10_000_000));
        }
        return "1" + any(rnd, List.of("3", "5", "7", "8", "9")) + String.format("%09d", rnd.nextInt(1_000_000_000));
    }
}
