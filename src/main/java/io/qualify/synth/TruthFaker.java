package io.qualify.synth;

import static io.qualify.synth.Vocabulary.any;

import io.qualify.synth.Vocabulary.Region;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes realistic, random but reproducible content for synthetic documents: company and person names,
 * addresses, business scopes, whole {@link LicenceTruth}s, {@link InstitutionTruth}s and {@link IdCardTruth}s.
 * Construct it with the {@link Random} that drives one submission; every method draws from it.
 */
public final class TruthFaker {

    private static final String SCOPE_TAIL = "(依法须经批准的项目,经相关部门批准后方可开展经营活动)";
    private static final int[] CAPITALS_WAN = {3, 10, 30, 50, 100, 200, 300, 500, 1000, 1200, 2000, 3000, 5000, 7777};

    private final Random rnd;

    public TruthFaker(Random rnd) {
        this.rnd = rnd;
    }

    /** A Chinese person's name of two to four characters. */
    public String personName() {
        String given = any(rnd, Vocabulary.GIVEN_CHARS);
        if (rnd.nextInt(10) < 7) {
            given += any(rnd, Vocabulary.GIVEN_CHARS);
        }
        return any(rnd, Vocabulary.SURNAMES) + given;
    }

    /** A trade name (字号) of two or three characters. */
    String tradeName() {
        StringBuilder s = new StringBuilder();
        int n = rnd.nextInt(4) == 0 ? 3 : 2;
        while (s.length() < n) {
            String c = any(rnd, Vocabulary.TRADE_CHARS);
            if (s.indexOf(c) < 0) {
                s.append(c);
            }
        }
        return s.toString();
    }

    /** An enterprise name that fits {@code type}, e.g. 杭州欧克液压科技有限公司 or 伦教瑞科特玻璃机械厂. */
    public String companyName(Region region, EnterpriseType type) {
        String prefix = region.namePrefix(rnd);
        String trade = tradeName();
        String industry = any(rnd, Vocabulary.INDUSTRIES);
        return switch (type) {
            case JOINT_STOCK_UNLISTED -> prefix + trade + industry + "股份有限公司";
            case LLC_BRANCH -> prefix + trade + industry + "有限公司" + region.district().substring(0, 2) + "分公司";
            case PARTNERSHIP -> prefix + trade + industry + "合伙企业(有限合伙)";
            case SOLE_PROPRIETORSHIP -> prefix + trade + industry + any(rnd, List.of("商行", "经营部", "厂", "工作室"));
            case SOLE_TRADER -> region.city() + region.district() + trade + any(rnd, Vocabulary.SHOP_KINDS);
            default -> rnd.nextInt(6) == 0
                    ? trade + industry + "(" + region.city().replace("市", "") + ")有限公司"
                    : prefix + trade + industry + (rnd.nextInt(3) == 0 ? "有限责任公司" : "有限公司");
        };
    }

    /** The same company after a real-world style rename: a different trade name, industry or company form. */
    public String renamed(String name) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String changed = renameOnce(name);
            if (!changed.equals(name)) {
                return changed;
            }
        }
        return name.replace("公司", "") + "集团有限公司";
    }

    private String renameOnce(String name) {
        for (String industry : Vocabulary.INDUSTRIES) {
            if (name.contains(industry) && rnd.nextBoolean()) {
                return name.replaceFirst(industry, any(rnd, Vocabulary.INDUSTRIES));
            }
        }
        if (name.endsWith("有限责任公司")) {
            return name.replace("有限责任公司", "有限公司");
        }
        if (name.endsWith("有限公司") && rnd.nextBoolean()) {
            return name.replace("有限公司", "股份有限公司");
        }
        int at = rnd.nextInt(Math.max(1, name.length() - 4)) + 2;
        return name.substring(0, at) + any(rnd, Vocabulary.TRADE_CHARS) + name.substring(at + 1);
    }

    /** A full address in {@code region}. */
    public String address(Region region) {
        String road = any(rnd, Vocabulary.ROADS) + (1 + rnd.nextInt(3200)) + "号";
        String building = rnd.nextBoolean() ? "" : any(rnd, Vocabulary.BUILDINGS) + (1 + rnd.nextInt(28)) + "层"
                + (100 + rnd.nextInt(1900)) + "室";
        return region.province() + region.city() + region.district() + any(rnd, Vocabulary.STREETS) + road + building;
    }

    /** A business scope of several items ending with the usual approval sentence. */
    public String businessScope() {
        List<String> items = new ArrayList<>();
        int n = 3 + rnd.nextInt(8);
        while (items.size() < n) {
            String item = any(rnd, Vocabulary.SCOPE_ITEMS);
            if (!items.contains(item)) {
                items.add(item);
            }
        }
        return String.join(rnd.nextBoolean() ? "、" : ";", items) + ";" + SCOPE_TAIL;
    }

    /** A date between 1995 and 2024. */
    public LocalDate pastDate() {
        return LocalDate.of(1995, 1, 1).plusDays(rnd.nextInt(30 * 365));
    }

    public Region region() {
        return any(rnd, Vocabulary.REGIONS);
    }

    public Random random() {
        return rnd;
    }

    /** A registered capital as printed, or null. */
    String capital() {
        return ChineseFormats.capital(rnd, CAPITALS_WAN[rnd.nextInt(CAPITALS_WAN.length)]);
    }

    /** A complete, valid licence of {@code type} drawn in {@code layout}. */
    public LicenceTruth licence(EnterpriseType type, LicenceLayout layout) {
        Region region = region();
        boolean old = layout == LicenceLayout.OLD_STYLE
                || layout == LicenceLayout.SOLE_TRADER && rnd.nextBoolean();
        LocalDate established = old ? LocalDate.of(1995, 1, 1).plusDays(rnd.nextInt(19 * 365)) : pastDate();
        LocalDate issued = issueDate(established, old);
        String code = old ? null : CreditCodes.newCreditCode(rnd, type.codePrefix(), region.areaCode());
        String regNo = old ? CreditCodes.newRegistrationNumber(rnd, region.areaCode()) : null;
        boolean trader = type == EnterpriseType.SOLE_TRADER;
        return new LicenceTruth(layout, title(layout, old), layout == LicenceLayout.LANDSCAPE_NEW && rnd.nextInt(4) > 0,
                companyName(region, type), code, regNo, type, type.label(), type.personLabel(), personName(),
                trader ? any(rnd, List.of("个人经营", "家庭经营")) : null,
                hasCapital(type) ? capital() : null, established, trader ? null : term(established, old),
                address(region), businessScope(), issued);
    }

    private static String title(LicenceLayout layout, boolean old) {
        return switch (layout) {
            case OLD_STYLE -> "企业法人营业执照";
            case SOLE_TRADER -> old ? "个体工商户营业执照" : "营业执照";
            default -> "营业执照";
        };
    }

    private static boolean hasCapital(EnterpriseType type) {
        return type != EnterpriseType.SOLE_TRADER && type != EnterpriseType.SOLE_PROPRIETORSHIP
                && type != EnterpriseType.PARTNERSHIP && type != EnterpriseType.LLC_BRANCH;
    }

    private LocalDate issueDate(LocalDate established, boolean old) {
        LocalDate floor = old ? established : max(established, LocalDate.of(2015, 10, 1));
        LocalDate ceiling = old ? LocalDate.of(2015, 9, 30) : LocalDate.of(2025, 6, 30);
        long span = Math.max(1, ceiling.toEpochDay() - floor.toEpochDay());
        return floor.plusDays(rnd.nextLong(span));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private String term(LocalDate established, boolean old) {
        String from = old ? ChineseFormats.iso(established) : ChineseFormats.ymd(established);
        return switch (rnd.nextInt(4)) {
            case 0 -> "长期";
            case 1 -> from + " 至 长期";
            case 2 -> from + "至" + (old ? ChineseFormats.iso(established.plusYears(20).minusDays(1))
                    : ChineseFormats.ymd(established.plusYears(20).minusDays(1)));
            default -> old ? "无" : "长期";
        };
    }

    /**
     * A consistent resident ID card holder (front side): the number encodes birth date, sex and area; the card is
     * valid on {@code today}, or when {@code expired} its validity ended one day to five years before it.
     */
    public IdCardTruth idCard(LocalDate today, boolean expired) {
        return IdPersons.draw(this, today, expired);
    }

    /** A complete 事业单位法人证书 content with a valid code starting 12. */
    public InstitutionTruth institution() {
        Region region = region();
        String place = region.city() + region.district();
        String sponsorOffice = any(rnd, List.of("卫生健康局", "教育局", "文化和旅游局", "农业农村局", "人民政府"));
        LocalDate from = LocalDate.of(2016, 1, 1).plusDays(rnd.nextInt(9 * 365));
        return new InstitutionTruth(place + any(rnd, Vocabulary.INSTITUTION_KINDS),
                CreditCodes.newCreditCode(rnd, CreditCodes.INSTITUTION, region.areaCode()),
                any(rnd, Vocabulary.INSTITUTION_SCOPE), address(region), personName(),
                "￥" + (10 + rnd.nextInt(2000)) + "万元", place + sponsorOffice, from, from.plusYears(5),
                place + "事业单位登记管理局");
    }
}
