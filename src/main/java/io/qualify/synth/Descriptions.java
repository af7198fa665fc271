package io.qualify.synth;

import java.util.List;
import java.util.Random;

/**
 * Writes the form's description (申请说明): a business scenario and the call script quoted in one of the ways
 * applicants write it, after the FAQ's pattern {@code XXAPP注册会员的注册验证码,外呼被叫对象为:会员,外呼内容为“XX”}.
 * The description scenarios leave the script out or strip the product from it.
 * {@code Descriptions.write(rnd, "云语会员APP", Scenario.CLEAN)} gives the text and its {@link DescriptionTruth}.
 */
final class Descriptions {

    /** A description as typed (null when absent) with what it holds. */
    record Described(String text, DescriptionTruth truth) {
    }

    /**
     * A kind of call: the scenario with the product ({@code P}) and without, who is called, and the script with
     * the product and without it.
     */
    private record Scene(String withProduct, String plain, String callee, String script, String bareScript) {
    }

    private static final List<Scene> SCENES = List.of(
            new Scene("P注册会员的注册验证码", "会员注册的验证码通知", "会员",
                    "您好,您的P验证码是${code},五分钟内有效。", "您好,您的验证码是${code},五分钟内有效,请勿泄露。"),
            new Scene("P用户下单后的订单状态通知", "用户下单后的订单通知", "下单用户",
                    "您好,您在P的订单${orderNo}已发货,请留意查收。", "您好,您的订单${orderNo}已发货,请留意查收。"),
            new Scene("P包裹到站后的取件通知", "快递到站后的物流通知", "收件人",
                    "您好,这里是P,您的包裹已到达${station},取件码${code},请及时领取。",
                    "您好,您的包裹已到达${station},取件码${code},请及时领取。"),
            new Scene("P会议开始前的参会提醒", "会议开始前的提醒", "企业员工",
                    "您好,P提醒您,您预约的会议将于${time}开始,请准时参加。", "您好,您预约的会议将于${time}开始,请准时参加。"),
            new Scene("P物业费到期前的缴费提醒", "费用到期前的缴费提醒", "业主",
                    "您好,P提醒您,您的物业费将于${date}到期,请及时缴纳。", "您好,您的物业费将于${date}到期,请及时缴纳。"),
            new Scene("P挂号成功后的就诊提醒", "预约成功后的就诊提醒", "患者",
                    "您好,您已在P成功预约${date}的门诊,请按时就诊。", "您好,您已成功预约${date}的门诊,请按时就诊。"),
            new Scene("P账号异地登录的安全提醒", "账号异常登录的安全提醒", "注册用户",
                    "您好,您的P账号于${time}在异地登录,如非本人操作请及时修改密码。",
                    "您好,您的账号于${time}在异地登录,如非本人操作请及时修改密码。"));

    private Descriptions() {
    }

    /** The description for {@code s} (DESCRIPTION_MISSING_SCRIPT and SCRIPT_PRODUCT_NAME_MISSING spoil it). */
    static Described write(Random rnd, String product, Scenario s) {
        Scene scene = Vocabulary.any(rnd, SCENES);
        boolean productInScene = s != Scenario.SCRIPT_PRODUCT_NAME_MISSING || rnd.nextBoolean();
        String sceneText = productInScene ? scene.withProduct().replace("P", product) : scene.plain();
        if (s == Scenario.DESCRIPTION_MISSING_SCRIPT) {
            return withoutScript(rnd, sceneText, scene.callee());
        }
        boolean named = s != Scenario.SCRIPT_PRODUCT_NAME_MISSING;
        String script = named ? scene.script().replace("P", product) : scene.bareScript();
        int quoting = rnd.nextInt(4);
        String quoted = switch (quoting) {
            case 0 -> "“" + script + "”";
            case 1 -> "\"" + script + "\"";
            case 2 -> "「" + script + "」";
            default -> script;
        };
        String text = switch (quoting == 3 ? 2 : rnd.nextInt(2)) {
            case 0 -> sceneText + ",外呼被叫对象为:" + scene.callee() + ",外呼内容为" + quoted;
            case 1 -> "业务场景:" + sceneText + ";被叫对象:" + scene.callee() + ";话术:" + quoted;
            default -> "用于" + sceneText + ",外呼对象为" + scene.callee() + "。话术:" + quoted;
        };
        String mark = switch (quoting) {
            case 0 -> "“”";
            case 1 -> "\"\"";
            case 2 -> "「」";
            default -> "话术:";
        };
        return new Described(text, new DescriptionTruth(sceneText, script, mark, named));
    }

    /** A scenario and its callee but no script, or no description at all. */
    private static Described withoutScript(Random rnd, String sceneText, String callee) {
        return switch (rnd.nextInt(4)) {
            case 0 -> new Described(null, new DescriptionTruth(null, null, null, false));
            case 1 -> new Described("用于" + sceneText, new DescriptionTruth(sceneText, null, null, false));
            default -> new Described(sceneText + ",外呼被叫对象为:" + callee + "。",
                    new DescriptionTruth(sceneText, null, null, false));
        };
    }
}
