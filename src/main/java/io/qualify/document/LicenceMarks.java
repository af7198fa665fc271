package io.qualify.document;

import java.util.Map;

/**
 * What a licence's labels told beyond its fields (R2, R3): the legal-person label as printed (法定代表人,
 * 负责人, 经营者, 投资人…), a sole trader's mark (个体工商户 title, 经营者 or 组成形式 labels), and, when no
 * legal person was read, whether ink beside that label went unread (null when not looked at).
 */
public record LicenceMarks(String legalPersonLabel, String soleTraderMark, Boolean legalPersonRowUnread) {

    public static final LicenceMarks NONE = new LicenceMarks(null, null, null);

    public LicenceMarks withLegalPersonRowUnread(Boolean unread) {
        return new LicenceMarks(legalPersonLabel, soleTraderMark, unread);
    }

    void render(Map<String, Object> out) {
        if (legalPersonLabel != null) {
            out.put("legalPersonLabel", legalPersonLabel);
        }
        if (soleTraderMark != null) {
            out.put("soleTraderMark", soleTraderMark);
        }
        if (legalPersonRowUnread != null) {
            out.put("legalPersonRowUnread", legalPersonRowUnread);
        }
    }
}
