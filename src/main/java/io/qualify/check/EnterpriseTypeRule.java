package io.qualify.check;

import io.qualify.document.Document;
import io.qualify.document.DocumentKind;
import io.qualify.document.FieldNames;
import io.qualify.document.LicenceMarks;
import io.qualify.text.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * R2: 个体工商户, 个人独资企业 and 有限责任公司(自然人独资) are refused. Any one mark decides: the type
 * printed, a credit code starting 92, or the labels only those licences carry (经营者, 投资人, 组成形式).
 * 有限责任公司(自然人投资或控股的法人独资) does not contain 自然人独资 and so is accepted.
 */
public final class EnterpriseTypeRule implements Rule {

    @Override
    public List<Finding> check(Review review) {
        return review.certificate().filter(d -> d.kind() == DocumentKind.BUSINESS_LICENCE)
                .map(EnterpriseTypeRule::marks)
                .filter(m -> !m.marks().isEmpty())
                .map(m -> List.of(Finding.of(FindingCode.ENTERPRISE_TYPE_NOT_ALLOWED, List.of(m.file()),
                        Map.of("marks", m.marks()))))
                .orElse(List.of());
    }

    private static Marks marks(Document licence) {
        List<String> marks = new ArrayList<>();
        String type = Texts.normalize(licence.value(FieldNames.ENTERPRISE_TYPE));
        for (String refused : List.of("个体工商户", "个体户", "个人独资", "自然人独资")) {
            if (type.contains(refused)) {
                marks.add("类型: " + type);
                break;
            }
        }
        String code = licence.value(FieldNames.CREDIT_CODE);
        if (code != null && code.startsWith("92")) {
            marks.add("统一社会信用代码以92开头(个体工商户): " + code);
        }
        LicenceMarks labels = licence.evidence().licence();
        if (labels.soleTraderMark() != null) {
            marks.add("执照字样: " + labels.soleTraderMark());
        }
        if (labels.legalPersonLabel() != null && labels.legalPersonLabel().startsWith("投资人")) {
            marks.add("执照字样: 投资人");
        }
        return new Marks(licence.file(), marks.stream().distinct().toList());
    }

    private record Marks(String file, List<String> marks) {
    }
}
