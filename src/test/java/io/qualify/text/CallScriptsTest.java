package io.qualify.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CallScriptsTest {

    private static final String SPEC_EXAMPLE = "云语会员APP注册会员的注册验证码,外呼被叫对象为:会员,外呼内容为“您好,您的云语会员APP验证码是${code},五分钟内有效。”";

    @Test
    void finds_the_script_quoted_in_any_common_quotes() {
        assertThat(CallScripts.scripts(SPEC_EXAMPLE)).containsExactly("您好,您的云语会员APP验证码是${code},五分钟内有效。");
        assertThat(CallScripts.scripts("订单发货通知,话术:\"您好,您在云语商城购买的商品已发货。\"")).hasSize(1);
        assertThat(CallScripts.scripts("会议提醒,外呼内容「您好,明天上午九点的会议请准时参加。」")).hasSize(1);
    }

    @Test
    void finds_an_unquoted_script_after_its_label() {
        assertThat(CallScripts.scripts("用于缴费提醒,外呼话术:您好,您本月的物业费尚未缴纳,请及时缴费。"))
                .containsExactly("您好,您本月的物业费尚未缴纳,请及时缴费。");
    }

    @Test
    void a_quoted_word_is_not_a_script() {
        assertThat(CallScripts.scripts("我们通过“云语APP”给会员发送验证码通知")).isEmpty();
    }

    @Test
    void tells_a_scenario_from_a_bare_script() {
        assertThat(CallScripts.statesScenario(SPEC_EXAMPLE)).isTrue();
        assertThat(CallScripts.statesScenario("“您好,您的验证码是1234,五分钟内有效。”")).isFalse();
    }

    @Test
    void a_script_names_its_product_by_the_form_name_its_core_the_enterprise_or_a_signature() {
        assertThat(CallScripts.namesProduct("您好,您的云语会员APP验证码是1234", "云语会员APP", null)).isTrue();
        assertThat(CallScripts.namesProduct("您好,您的云语会员验证码是1234", "云语会员APP", null)).isTrue();
        assertThat(CallScripts.namesProduct("您好,这里是云语科技,您的验证码是1234", "小云助手", "杭州云语科技有限公司")).isTrue();
        assertThat(CallScripts.namesProduct("【快达物流】您的包裹已到达", null, null)).isTrue();
    }

    @Test
    void a_script_with_only_generic_words_names_no_product() {
        assertThat(CallScripts.namesProduct("您好,您的验证码是1234,请打开APP登录平台查看", "云语会员APP", "杭州云语科技有限公司"))
                .isFalse();
        assertThat(CallScripts.namesProduct("您好,您的订单已发货,请注意查收", null, null)).isFalse();
    }

    @Test
    void an_enterprise_core_drops_place_trade_and_legal_form() {
        assertThat(EnterpriseCores.of("杭州市云语科技有限公司")).isEqualTo("云语");
        assertThat(EnterpriseCores.of("杭州云语科技有限公司")).isEqualTo("杭州云语");
        assertThat(EnterpriseCores.of("广东乡谷村膳食管理有限公司")).isEqualTo("广东乡谷村膳食");
        assertThat(EnterpriseCores.named("云语提醒您", "杭州云语科技有限公司")).isTrue();
        assertThat(EnterpriseCores.named("您好,请注意查收", "杭州云语科技有限公司")).isFalse();
    }
}
