package io.qualify.synth;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Draws a document of no known kind (a company notice or a receipt) that carries none of the words that
 * mark a licence, ID card, letter or commitment: the UNRECOGNISED and LICENCE_MISSING scenarios use it.
 * {@link #fake(TruthFaker)} makes the content; {@link #render} draws it on plain paper.
 */
public final class OtherDocumentRenderer implements DocumentRenderer<OtherTruth> {

    private static final List<String> NOTICE_TOPICS = List.of("关于国庆节放假安排", "关于办公室搬迁", "关于开展消防安全演练",
            "关于调整午餐供应时间", "关于年终总结会议安排");

    /** A random notice or receipt. */
    public static OtherTruth fake(TruthFaker faker) {
        Random rnd = faker.random();
        String org = faker.companyName(faker.region(), EnterpriseType.LLC);
        LocalDate date = faker.pastDate();
        if (rnd.nextBoolean()) {
            String topic = Vocabulary.any(rnd, NOTICE_TOPICS);
            return new OtherTruth("NOTICE", topic + "的通知", List.of("各部门、全体员工:",
                    "根据公司工作安排,现将" + topic + "的有关事项通知如下,请各部门做好相关准备工作。",
                    "一、时间:" + ChineseFormats.ymd(date) + "上午九时。", "二、地点:公司" + (1 + rnd.nextInt(20)) + "楼会议室。",
                    "三、请各部门负责人提前通知到每位员工,确保准时参加。", "特此通知。", org, ChineseFormats.ymd(date)));
        }
        int yuan = 50 + rnd.nextInt(5000);
        return new OtherTruth("RECEIPT", "收据", List.of("日期: " + ChineseFormats.ymd(date), "今收到: " + faker.personName(),
                "交来: " + Vocabulary.any(rnd, List.of("办公用品款", "场地租金", "会务费", "资料费")),
                "金额(小写): ￥" + yuan + ".00", "收款单位: " + org, "经手人: " + faker.personName()));
    }

    @Override
    public GeneratedKind kind() {
        return GeneratedKind.UNKNOWN;
    }

    @Override
    public boolean landscape(OtherTruth truth) {
        return truth.variant().equals("RECEIPT");
    }

    @Override
    public BufferedImage render(OtherTruth t, RenderStyle s, Random rnd) {
        BufferedImage img = new BufferedImage(s.width(), s.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(252, 252, 250));
        g.fillRect(0, 0, s.width(), s.height());
        g.setColor(Color.BLACK);
        int m = (int) (s.width() * 0.1);
        Ink.spacedCentred(g, t.title(), s.titleFont((int) (s.valuePx() * 1.8)), s.width() / 2, m + s.valuePx() * 2,
                s.valuePx() / 3);
        int y = m + s.valuePx() * 5;
        for (String line : t.lines()) {
            y = Ink.wrapped(g, line, s.valueFont(), m, y, s.width() - m, (int) (s.valuePx() * 1.5)) + s.valuePx() * 2;
        }
        if (t.variant().equals("RECEIPT")) {
            g.drawRect(m / 2, m, s.width() - m, y - m);
        }
        g.dispose();
        return img;
    }
}
