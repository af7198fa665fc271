package io.qualify.synth;

import java.time.LocalDate;

/**
 * What a synthetic business licence says, field by field. Null means the field is not on the licence.
 *
 * @param layout             which look it was drawn in
 * @param title              the title as printed: 营业执照, 企业法人营业执照, 个体工商户营业执照
 * @param copy               true for a 副本 (printed "(副本)" under the title)
 * @param enterpriseName     名称
 * @param creditCode         统一社会信用代码 (18 characters; may be deliberately invalid), null on old-style licences
 * @param registrationNumber 注册号 (15 digits) on old-style licences, else null
 * @param category           the kind of enterprise (decides R2)
 * @param enterpriseType     the 类型 value as printed, null when the licence has no 类型 line
 * @param legalPersonLabel   法定代表人 / 负责人 / 经营者 / 投资人 / 执行事务合伙人, null when the line is absent
 * @param legalPersonName    the person's name, null when missing (line absent or left blank)
 * @param compositionForm    组成形式 (个人经营 / 家庭经营) for 个体工商户, else null
 * @param registeredCapital  注册资本, e.g. 人民币壹佰万元整; null for 个体工商户
 * @param establishedDate    成立日期 (注册日期 for 个体工商户)
 * @param businessTerm       营业期限, e.g. 长期 or 2014年07月15日至2034年07月14日
 * @param address            住所 / 经营场所 / 主要经营场所
 * @param businessScope      经营范围
 * @param issueDate          the date under the registration seal
 */
public record LicenceTruth(
        LicenceLayout layout,
        String title,
        boolean copy,
        String enterpriseName,
        String creditCode,
        String registrationNumber,
        EnterpriseType category,
        String enterpriseType,
        String legalPersonLabel,
        String legalPersonName,
        String compositionForm,
        String registeredCapital,
        LocalDate establishedDate,
        String businessTerm,
        String address,
        String businessScope,
        LocalDate issueDate) implements DocumentTruth {

    public LicenceTruth withCreditCode(String code) {
        return new LicenceTruth(layout, title, copy, enterpriseName, code, registrationNumber, category,
                enterpriseType, legalPersonLabel, legalPersonName, compositionForm, registeredCapital, establishedDate,
                businessTerm, address, businessScope, issueDate);
    }

    public LicenceTruth withLegalPerson(String label, String name) {
        return new LicenceTruth(layout, title, copy, enterpriseName, creditCode, registrationNumber, category,
                enterpriseType, label, name, compositionForm, registeredCapital, establishedDate, businessTerm,
                address, businessScope, issueDate);
    }
}
