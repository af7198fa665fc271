package io.qualify.synth;

import static io.qualify.synth.Vocabulary.any;

import io.qualify.synth.Vocabulary.Region;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Random;

/**
 * Draws the holder of a resident ID card consistently: the number encodes the birth date, sex and the area of
 * the address, the authority is that area's police bureau, and the validity term follows the holder's age at
 * issue as the law sets it (under 16: 5 years, 16–25: 10, 26–45: 20, older: 长期). Reached through
 * {@link TruthFaker#idCard(LocalDate, boolean)}.
 */
final class IdPersons {

    /** Counties, so that some cards are issued by a 县公安局 rather than a city district's 分局. */
    private static final List<Region> COUNTIES = List.of(
            new Region("浙江省", "杭州市", "桐庐县", "330122"), new Region("浙江省", "杭州市", "淳安县", "330127"),
            new Region("浙江省", "宁波市", "象山县", "330225"), new Region("江苏省", "徐州市", "沛县", "320322"),
            new Region("山东省", "潍坊市", "临朐县", "370724"), new Region("河南省", "周口市", "太康县", "411627"),
            new Region("四川省", "成都市", "蒲江县", "510131"), new Region("湖南省", "长沙市", "长沙县", "430121"),
            new Region("安徽省", "阜阳市", "临泉县", "341221"), new Region("河北省", "保定市", "涞水县", "130623"));

    private static final List<String> MINORITIES = List.of("回", "满", "壮", "苗", "土家", "彝", "蒙古", "侗", "瑶",
            "朝鲜", "白", "布依");

    private static final List<String> VILLAGE_PARTS = List.of("村", "社区", "居委会");

    private IdPersons() {
    }

    static IdCardTruth draw(TruthFaker faker, LocalDate today, boolean expired) {
        Random rnd = faker.random();
        boolean county = rnd.nextInt(4) == 0;
        Region region = county ? any(rnd, COUNTIES) : faker.region();
        boolean male = rnd.nextBoolean();
        LocalDate[] validity;
        LocalDate birth;
        if (expired) {
            validity = expiredValidity(rnd, today);
            int ageAtIssue = validity[1].getYear() - validity[0].getYear() == 10 ? 16 + rnd.nextInt(10)
                    : 26 + rnd.nextInt(20);
            birth = validity[0].minusYears(ageAtIssue).minusDays(1 + rnd.nextInt(360));
        } else {
            birth = today.minusYears(20).minusDays(rnd.nextInt(40 * 365));
            validity = currentValidity(rnd, birth, today);
        }
        String number = ResidentIds.newNumber(rnd, region.areaCode(), birth, male);
        return new IdCardTruth(IdCardTruth.Side.FRONT, name(faker), male ? "男" : "女", nation(rnd), birth,
                address(faker, region, county), number, authority(rnd, region, county), validity[0], validity[1]);
    }

    private static String name(TruthFaker faker) {
        String name;
        do {
            name = faker.personName();
        } while (name.length() > 3);
        return name;
    }

    private static String nation(Random rnd) {
        return rnd.nextInt(10) < 8 ? "汉" : any(rnd, MINORITIES);
    }

    /** Cards carry home addresses: a street number, sometimes a village group or a flat, never a company floor. */
    private static String address(TruthFaker faker, Region region, boolean county) {
        Random rnd = faker.random();
        String place = region.province() + region.city() + region.district();
        if (county) {
            String village = any(rnd, Vocabulary.TRADE_CHARS) + any(rnd, Vocabulary.TRADE_CHARS);
            return place + village + "镇" + village + any(rnd, VILLAGE_PARTS) + (1 + rnd.nextInt(12)) + "组"
                    + (1 + rnd.nextInt(90)) + "号";
        }
        String road = any(rnd, Vocabulary.ROADS) + (1 + rnd.nextInt(800)) + "号";
        String flat = rnd.nextBoolean() ? "" : (1 + rnd.nextInt(30)) + "幢" + (1 + rnd.nextInt(6)) + "单元"
                + (101 + rnd.nextInt(20) * 100 + rnd.nextInt(4)) + "室";
        return place + road + flat;
    }

    /** 杭州市公安局西湖分局, 桐庐县公安局, sometimes just the city's bureau. */
    private static String authority(Random rnd, Region region, boolean county) {
        if (county) {
            return region.district() + "公安局";
        }
        String district = region.district();
        String branch = district.endsWith("区") ? district.substring(0, district.length() - 1) : district;
        if (branch.endsWith("街道")) {
            branch = branch.substring(0, branch.length() - 2);
        }
        return rnd.nextInt(5) == 0 ? region.city() + "公安局" : region.city() + "公安局" + branch + "分局";
    }

    /** A term still running at least a month after {@code today}. */
    private static LocalDate[] currentValidity(Random rnd, LocalDate birth, LocalDate today) {
        for (int attempt = 0; attempt < 50; attempt++) {
            LocalDate from = today.minusDays(30 + rnd.nextInt(20 * 365));
            Integer years = termYears(birth, from);
            if (from.isAfter(birth.plusYears(16)) && (years == null || from.plusYears(years).isAfter(today.plusDays(30)))) {
                return new LocalDate[] {from, years == null ? null : from.plusYears(years)};
            }
        }
        LocalDate from = today.minusDays(100);
        Integer years = termYears(birth, from);
        return new LocalDate[] {from, years == null ? null : from.plusYears(years)};
    }

    /** A 10- or 20-year term that ended one day to five years before {@code today}; the birth date is fitted to it. */
    private static LocalDate[] expiredValidity(Random rnd, LocalDate today) {
        LocalDate until = today.minusDays(1 + rnd.nextInt(5 * 365));
        return new LocalDate[] {until.minusYears(rnd.nextBoolean() ? 10 : 20), until};
    }

    /** The legal term for a card issued at {@code issued}; null for 长期. */
    static Integer termYears(LocalDate birth, LocalDate issued) {
        int age = Period.between(birth, issued).getYears();
        return age < 16 ? Integer.valueOf(5) : age <= 25 ? Integer.valueOf(10) : age <= 45 ? Integer.valueOf(20) : null;
    }
}
