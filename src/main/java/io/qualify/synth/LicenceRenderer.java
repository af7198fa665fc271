package io.qualify.synth;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws a business licence (营业执照) from a {@link LicenceTruth} in the truth's {@link LicenceLayout}:
 * emblem, golden title, justified labels, values in a second font, QR block, registration seal over the
 * issue date, optional watermark. {@code new LicenceRenderer().render(truth, 1600, rnd)} gives a random look.
 */
public final class LicenceRenderer implements DocumentRenderer<LicenceTruth> {

    private static final Pattern PLACE = Pattern.compile("^(?:.+?省|.+?自治区)?(.+?市)(.+?[区县])?");

    @Override
    public GeneratedKind kind() {
        return GeneratedKind.BUSINESS_LICENCE;
    }

    @Override
    public boolean landscape(LicenceTruth truth) {
        return truth.layout().landscape();
    }

    @Override
    public BufferedImage render(LicenceTruth truth, RenderStyle style, Random rnd) {
        Page page = Page.start(style, rnd);
        switch (truth.layout()) {
            case LANDSCAPE_NEW -> NewLicenceLayouts.landscape(page, truth);
            case PORTRAIT_NEW -> NewLicenceLayouts.portrait(page, truth);
            case OLD_STYLE -> OldLicenceLayouts.oldStyle(page, truth);
            case SOLE_TRADER -> OldLicenceLayouts.soleTrader(page, truth);
        }
        return page.finish();
    }

    /** The registration authority named on the seal, from the address's city and district. */
    static String authority(String address, boolean old) {
        Matcher m = PLACE.matcher(address);
        String place = m.find() ? m.group(1) + (m.group(2) == null ? "" : m.group(2)) : "";
        return place + (old ? "工商行政管理局" : "市场监督管理局");
    }

    /** The issue date as printed under the seal. */
    static String issueDate(LicenceTruth t, Random rnd) {
        if (t.creditCode() == null) {
            return ChineseFormats.chineseNumerals(t.issueDate());
        }
        return rnd.nextBoolean() ? ChineseFormats.ymd(t.issueDate())
                : String.format("%d 年 %02d 月 %02d 日", t.issueDate().getYear(), t.issueDate().getMonthValue(),
                        t.issueDate().getDayOfMonth());
    }

    /** 登记机关 (or another heading), the date under it and the seal over both; (x, y) is the heading's start. */
    static void sealBlock(Page page, LicenceTruth t, String heading, int x, int y, int sealR) {
        RenderStyle s = page.style();
        Graphics2D g = page.g();
        g.setColor(s.ink());
        Font big = s.labelFont().deriveFont(s.valuePx() * 1.25f);
        if (heading != null) {
            Ink.spacedCentred(g, heading, big, x + sealR, y, s.labelPx() / 2);
        }
        g.setColor(s.valueInk());
        String date = issueDate(t, page.rnd());
        g.setFont(big);
        int dateY = y + (int) (s.rowStep() * 1.4);
        g.drawString(date, x + sealR * 3 / 2 - g.getFontMetrics().stringWidth(date) / 2, dateY);
        page.seal(authority(t.address(), t.creditCode() == null), x + sealR * 2, (y + dateY) / 2, sealR);
    }

    /** Small supervision lines at the foot of new-style licences. */
    static void footer(Page page, int baseline) {
        RenderStyle s = page.style();
        Graphics2D g = page.g();
        Font small = s.valueFont(0.6f);
        g.setColor(s.ink());
        g.setFont(small);
        int m = (int) (s.margin() * page.w());
        g.drawString("国家企业信用信息公示系统网址: http://www.gsxt.gov.cn", m, baseline);
        String right = "国家市场监督管理总局监制";
        g.drawString(right, page.w() - m - g.getFontMetrics().stringWidth(right), baseline);
    }
}
