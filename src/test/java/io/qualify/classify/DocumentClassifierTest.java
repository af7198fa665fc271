package io.qualify.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.qualify.classify.DocumentClassifier.Classification;
import io.qualify.document.DocumentKind;
import org.junit.jupiter.api.Test;

class DocumentClassifierTest {

    private static final String LICENCE = """
            营业执照
            (副本)
            统一社会信用代码 91440604MA537RKB8C
            名称 佛山市普居佳好建材有限公司   注册资本 人民币壹佰万元
            类型 有限责任公司(自然人投资或控股)   成立日期 2019年05月08日
            法定代表人 周志春   营业期限 长期
            经营范围 销售:建材
            登记机关 佛山市禅城区市场监督管理局
            """;

    private final DocumentClassifier classifier = new DocumentClassifier();

    private DocumentKind kindOf(String text) {
        return classifier.classify(text).kind();
    }

    @Test
    void recognises_a_business_licence() {
        Classification c = classifier.classify(LICENCE);

        assertThat(c.kind()).isEqualTo(DocumentKind.BUSINESS_LICENCE);
        assertThat(c.score()).isEqualTo(c.scores().get(DocumentKind.BUSINESS_LICENCE));
    }

    @Test
    void recognises_a_licence_with_a_misread_character_in_its_title() {
        String misread = LICENCE.replace("营业执照", "营业执熙");

        Classification c = classifier.classify(misread);

        assertThat(c.kind()).isEqualTo(DocumentKind.BUSINESS_LICENCE);
        assertThat(c.score()).isEqualTo(classifier.classify(LICENCE).score());
    }

    @Test
    void recognises_a_short_licence_by_its_misread_title_and_code_label() {
        assertThat(kindOf("营业执熙 统一社会信用代码 91440604MA537RKB8C")).isEqualTo(DocumentKind.BUSINESS_LICENCE);
    }

    @Test
    void recognises_a_sole_trader_licence() {
        assertThat(kindOf("营业执照\n名称 瑞迁五金店\n经营者 张瑞迁\n组成形式 个人经营\n经营场所 佛山市"))
                .isEqualTo(DocumentKind.BUSINESS_LICENCE);
    }

    @Test
    void recognises_an_institution_certificate() {
        String text = """
                事业单位法人证书
                统一社会信用代码 12330000470000000X
                名称 浙江省某某研究中心
                宗旨和业务范围 开展科学研究
                住所 杭州市西湖区
                法定代表人 王芳
                经费来源 财政补助
                开办资金 ¥100万元
                举办单位 浙江省科学技术厅
                登记管理机关 浙江省事业单位登记管理局
                """;

        assertThat(kindOf(text)).isEqualTo(DocumentKind.INSTITUTION_CERTIFICATE);
    }

    @Test
    void recognises_the_front_of_an_id_card() {
        String text = "姓名 张三\n性别 男 民族 汉\n出生 1949年12月31日\n住址 北京市朝阳区某某路1号\n公民身份号码 11010519491231002X";

        assertThat(kindOf(text)).isEqualTo(DocumentKind.ID_CARD_FRONT);
    }

    @Test
    void recognises_a_front_whose_labels_were_lost_by_its_valid_number() {
        // seed 13399: a handheld photo turned a quarter, its light labels lost, its values read
        String read = "大道128号9幢5单元 山东省济南市历下区星光 196710月7日 370102196710073343";
        assertThat(classifier.classify(read).kind()).isEqualTo(DocumentKind.ID_CARD_FRONT);
        // a number that fails its check is no cue; a letter's administrator number does not outweigh the letter
        assertThat(classifier.classify("山东省济南市历下区星光 370102196710073344").kind()).isEqualTo(DocumentKind.UNKNOWN);
        assertThat(classifier.classify("号码申请公函 管理员身份证号 370102196710073343 特此申请").kind())
                .isEqualTo(DocumentKind.NUMBER_APPLICATION_LETTER);
    }

    @Test
    void recognises_the_back_of_an_id_card() {
        String text = "中华人民共和国\n居民身份证\n签发机关 北京市公安局朝阳分局\n有效期限 2015.01.01-2035.01.01";

        assertThat(kindOf(text)).isEqualTo(DocumentKind.ID_CARD_BACK);
    }

    @Test
    void recognises_a_number_application_letter() {
        String text = """
                号码申请公函
                致:某某云通信有限公司
                我司因业务需要,申请开通语音号码,指定管理员李娜负责号码相关事宜。
                管理员姓名:李娜 身份证号:330106199001011234
                特此申请。
                此致
                佛山市普居佳好建材有限公司(盖章)
                2026年11月20日
                """;

        assertThat(kindOf(text)).isEqualTo(DocumentKind.NUMBER_APPLICATION_LETTER);
    }

    @Test
    void recognises_a_letter_titled_other_than_its_template() {
        assertThat(classifier.classify("关于申请语音通知号码的公函 我公司因业务需要申请号码 特此申请 管理员:李娜").kind())
                .isEqualTo(DocumentKind.NUMBER_APPLICATION_LETTER);
    }

    @Test
    void recognises_a_network_access_commitment() {
        String text = """
                电信入网承诺书
                本单位承诺遵守国家有关电信管理的法律法规,不利用所申请的号码从事违法活动。
                实际用户名称:佛山市普居佳好建材有限公司
                日期:2026年11月20日
                """;

        assertThat(kindOf(text)).isEqualTo(DocumentKind.NETWORK_ACCESS_COMMITMENT);
    }

    @Test
    void leaves_unrelated_text_unknown() {
        assertThat(kindOf("今天天气很好,我们一起去公园散步,然后吃午饭。")).isEqualTo(DocumentKind.UNKNOWN);
        assertThat(kindOf("")).isEqualTo(DocumentKind.UNKNOWN);
    }

    @Test
    void leaves_a_single_weak_cue_unknown() {
        assertThat(kindOf("请填写姓名和住址")).isEqualTo(DocumentKind.UNKNOWN);
    }

    @Test
    void leaves_text_mixing_two_kinds_evenly_unknown() {
        assertThat(kindOf("居民身份证 实际用户名称")).isEqualTo(DocumentKind.UNKNOWN);
    }

    @Test
    void scores_every_known_kind() {
        Classification c = classifier.classify(LICENCE);

        assertThat(c.scores()).containsKeys(DocumentKind.BUSINESS_LICENCE, DocumentKind.INSTITUTION_CERTIFICATE,
                DocumentKind.ID_CARD_FRONT, DocumentKind.ID_CARD_BACK, DocumentKind.NUMBER_APPLICATION_LETTER,
                DocumentKind.NETWORK_ACCESS_COMMITMENT);
    }
}
