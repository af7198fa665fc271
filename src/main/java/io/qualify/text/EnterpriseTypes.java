package io.qualify.text;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The enterprise types (市场主体类型) printed in a licence's 类型 field, as the market regulator
 * names them, and {@link #snap} to take an OCR reading to the one it most plausibly is.
 */
public final class EnterpriseTypes {

    /** Every type a licence prints, in normalised form (ASCII brackets). */
    public static final List<String> KNOWN = List.of(
            "有限责任公司",
            "有限责任公司(自然人投资或控股)",
            "有限责任公司(自然人独资)",
            "有限责任公司(法人独资)",
            "有限责任公司(自然人投资或控股的法人独资)",
            "有限责任公司(非自然人投资或控股的法人独资)",
            "有限责任公司(国有独资)",
            "有限责任公司(国有控股)",
            "有限责任公司(外商投资)",
            "有限责任公司(外商投资企业法人独资)",
            "有限责任公司(外商投资企业与内资合资)",
            "有限责任公司(外商合资)",
            "有限责任公司(外国法人独资)",
            "有限责任公司(外国自然人独资)",
            "有限责任公司(中外合资)",
            "有限责任公司(中外合作)",
            "有限责任公司(台港澳法人独资)",
            "有限责任公司(台港澳自然人独资)",
            "有限责任公司(台港澳与境内合资)",
            "有限责任公司(港澳台投资、非独资)",
            "有限责任公司分公司",
            "有限责任公司分公司(自然人投资或控股)",
            "有限责任公司分公司(法人独资)",
            "有限责任公司分公司(自然人独资)",
            "有限责任公司分公司(国有独资)",
            "股份有限公司",
            "股份有限公司(上市)",
            "股份有限公司(非上市)",
            "股份有限公司(上市、自然人投资或控股)",
            "股份有限公司(非上市、自然人投资或控股)",
            "股份有限公司(上市、国有控股)",
            "股份有限公司(非上市、国有控股)",
            "股份有限公司(中外合资、未上市)",
            "股份有限公司(台港澳与境内合资、未上市)",
            "股份有限公司分公司",
            "股份有限公司分公司(非上市)",
            "股份有限公司分公司(上市)",
            "其他有限责任公司",
            "其他股份有限公司(非上市)",
            "个人独资企业",
            "个人独资企业分支机构",
            "个体工商户",
            "普通合伙企业",
            "有限合伙企业",
            "特殊普通合伙企业",
            "合伙企业分支机构",
            "全民所有制",
            "集体所有制",
            "股份制",
            "股份合作制",
            "农民专业合作社",
            "外商独资企业",
            "中外合资经营企业",
            "中外合作经营企业");

    private EnterpriseTypes() {
    }

    /**
     * The known type {@code read} most plausibly is: itself when known; a known type that ends with its
     * closing bracket and is followed by anything else; otherwise the nearest known
     * type, if it is within about one edit per five characters (at least one) and strictly nearer than any
     * other. Types that differ only in a few characters (…自然人独资 vs …法人独资) then stay apart
     * unless the reading clearly leans to one.
     */
    public static Optional<String> snap(String read) {
        String value = Texts.normalize(read);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        // A bracket closes a type: what follows it on the row is another column or a watermark (仅限网站).
        Optional<String> closed = KNOWN.stream().filter(k -> k.endsWith(")") && value.startsWith(k) && value.length() > k.length())
                .max(Comparator.comparingInt(String::length));
        if (closed.isPresent()) {
            return closed;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int secondDistance = Integer.MAX_VALUE;
        for (String known : KNOWN) {
            int d = Texts.distance(value, known);
            if (d < bestDistance) {
                secondDistance = bestDistance;
                bestDistance = d;
                best = known;
            } else if (d < secondDistance) {
                secondDistance = d;
            }
        }
        int allowed = Math.max(1, (best.length() + 2) / 5);
        return bestDistance <= allowed && bestDistance < secondDistance ? Optional.of(best) : Optional.empty();
    }
}
