package io.qualify.synth;

import java.util.List;
import java.util.Random;

/**
 * Word pools for realistic synthetic Chinese names, addresses and business scopes. Pools are plain
 * lists; {@link #any(Random, List)} draws one item. Regions pair a place with its real 6-digit area code.
 */
final class Vocabulary {

    /** A district with its province, city and administrative area code. */
    record Region(String province, String city, String district, String areaCode) {
        /** The city as used in a company name (杭州, 佛山市, 广东 …), chosen at random. */
        String namePrefix(Random rnd) {
            return switch (rnd.nextInt(4)) {
                case 0 -> city;
                case 1 -> city.substring(0, city.length() - 1);
                case 2 -> province.isEmpty() ? city : province;
                default -> city + district;
            };
        }
    }

    static final List<Region> REGIONS = List.of(
            new Region("浙江省", "杭州市", "萧山区", "330109"), new Region("浙江省", "杭州市", "西湖区", "330106"),
            new Region("浙江省", "宁波市", "鄞州区", "330212"), new Region("广东省", "广州市", "天河区", "440106"),
            new Region("广东省", "深圳市", "南山区", "440305"), new Region("广东省", "佛山市", "禅城区", "440604"),
            new Region("广东省", "东莞市", "南城街道", "441900"), new Region("福建省", "福州市", "鼓楼区", "350102"),
            new Region("福建省", "厦门市", "湖里区", "350206"), new Region("江苏省", "南京市", "秦淮区", "320104"),
            new Region("江苏省", "苏州市", "吴中区", "320506"), new Region("", "上海市", "浦东新区", "310115"),
            new Region("", "北京市", "海淀区", "110108"), new Region("", "重庆市", "渝中区", "500103"),
            new Region("", "天津市", "滨海新区", "120116"), new Region("四川省", "成都市", "武侯区", "510107"),
            new Region("湖北省", "武汉市", "武昌区", "420106"), new Region("湖南省", "长沙市", "开福区", "430105"),
            new Region("山东省", "济南市", "历下区", "370102"), new Region("山东省", "青岛市", "崂山区", "370212"),
            new Region("河南省", "郑州市", "金水区", "410105"), new Region("陕西省", "西安市", "雁塔区", "610113"),
            new Region("安徽省", "合肥市", "蜀山区", "340104"), new Region("江西省", "南昌市", "东湖区", "360102"),
            new Region("云南省", "昆明市", "五华区", "530102"), new Region("广西壮族自治区", "南宁市", "青秀区", "450103"));

    static final List<String> TRADE_CHARS = split("华 欧 克 诚 信 恒 泰 瑞 鑫 宏 达 隆 盛 创 新 联 智 通 博 远 宇 辰 安 康 嘉 和 润"
            + " 丰 源 德 益 兴 旺 佳 好 普 居 乡 谷 村 云 语 天 启 思 睿 腾 飞 凯 明 晟 昊 海 峰 星 光 汇 融 卓 越 金 银 龙 凤 祥 福"
            + " 顺 利 永 昌 立 方 正 合 美 优 品 元 亿 万 帆 途 蓝 绿 青 东 南 尚 雅 臻 致 锐 迅 捷 科 航 宸 泓 澜 灏 铭 琪 璟 珑 捷"
            + " 仁 义 诺 维 晶 峻 扬 振 弘 泽 硕 朗 骏 驰 豪 策 度 衡 彩 虹 乐 悦 米 果 木 森 禾 田 石 川 舟 骐 麒 琦 玺 钰 轩");

    static final List<String> INDUSTRIES = split("科技 信息技术 网络科技 电子商务 贸易 建材 液压 保安服务 膳食管理 餐饮管理 物流"
            + " 供应链管理 文化传媒 教育咨询 企业管理咨询 房地产经纪 装饰工程 机械设备 医疗器械 生物科技 环保科技 新能源 家居"
            + " 服装 食品 电器 五金 广告 旅游 健康管理 人力资源 软件 通信技术 物业管理 消防设备 汽车服务 农业开发 印务");

    static final List<String> SHOP_KINDS = split("店 商行 经营部 便利店 餐馆 玻璃机械厂 服装店 五金店 茶行 理发店 水果店 工作室");

    static final List<String> SURNAMES = split("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 林 罗 高 郑 梁 谢 宋 唐 许"
            + " 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 蒋 蔡 余 杜 叶 程 魏 苏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦"
            + " 傅 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 欧阳 司马");

    static final List<String> GIVEN_CHARS = split("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 华 玉 萍 红"
            + " 建 文 辉 力 志 春 新 民 永 前 瑞 迁 芝 宁 浩 宇 欣 怡 子 轩 梓 涵 晨 雨 博 思 佳 俊 婷 鹏 飞 海 燕 丹 琳 斌 健 峰"
            + " 亮 波 凯 锋 倩 颖 雪 慧 晶 璐 琪 国 庆 德 荣 金 忠 林 云 成 福 祥 东 兰 凤 梅 莉 岚 昊 然");

    static final List<String> STREETS = split("新塘街道 南城街道 西湖街道 城北街道 长安镇 伦教街道 高新园 经济开发区 江湾街道"
            + " 五里墩街道 滨江街道 东湖街道 金水街道 科技园 工业园 大学城");

    static final List<String> ROADS = split("南秀路 星光大道 人民路 中山路 解放路 建设路 文化路 科技园路 创业大道 周溪隆溪路"
            + " 江湾路 荔奇路 学院路 长江路 黄河路 滨海大道 金融街 同心路 花园路 工业大道 丰收路 友谊路");

    static final List<String> BUILDINGS = split("高盛科技园一期之C座 金星科技发展中心厂房 创新大厦 国际商务中心 A栋 B座"
            + " 3号楼 产业园二期 综合楼 商铺 首层");

    static final List<String> SCOPE_ITEMS = split("技术开发 技术咨询 技术服务 技术转让 软件开发 信息系统集成服务 数据处理"
            + " 网络技术服务 销售：建筑材料 五金交电 日用百货 办公用品 计算机软硬件及辅助设备 电子产品 通讯设备 服装鞋帽"
            + " 预包装食品销售 餐饮服务 餐饮配送服务 物业管理 酒店管理 会议服务 企业管理咨询 市场营销策划 广告设计、制作、代理"
            + " 货物或技术进出口 国内贸易 液压设备配件 机械配件 汽车零配件 消防器材 保安服务 道路货物运输 仓储服务"
            + " 第二类增值电信业务 互联网信息服务 教育咨询 人力资源服务 家政服务 旅游信息咨询 农产品初加工");

    static final List<String> INSTITUTION_KINDS = split("人民医院 中心小学 图书馆 疾病预防控制中心 职业技术学校 档案馆"
            + " 农业技术推广中心 广播电视台 气象服务中心 公证处 博物馆 社会福利院 文化馆 体育中心");

    static final List<String> INSTITUTION_SCOPE = split("为人民身体健康提供医疗与护理保健服务 实施义务教育,促进基础教育发展"
            + " 开展文献信息服务,提供公共阅读服务 负责疾病预防与控制 提供职业技能培训 档案保管与利用 农业技术推广与培训"
            + " 广播电视节目制作与播出 气象信息服务 文物收藏与展示 群众文化活动组织");

    private Vocabulary() {
    }

    static <T> T any(Random rnd, List<T> pool) {
        return pool.get(rnd.nextInt(pool.size()));
    }

    private static List<String> split(String words) {
        return List.of(words.split(" "));
    }
}
