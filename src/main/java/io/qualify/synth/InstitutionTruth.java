package io.qualify.synth;

import java.time.LocalDate;

/**
 * What a synthetic 事业单位法人证书 (institution legal-person certificate) says.
 *
 * @param name            名称
 * @param creditCode      统一社会信用代码, starting 12
 * @param purposeAndScope 宗旨和业务范围
 * @param address         住所
 * @param legalPersonName 法定代表人
 * @param funds           开办资金, e.g. ￥120万元
 * @param sponsor         举办单位
 * @param validFrom       有效期 start
 * @param validTo         有效期 end
 * @param issuer          登记管理机关
 */
public record InstitutionTruth(
        String name,
        String creditCode,
        String purposeAndScope,
        String address,
        String legalPersonName,
        String funds,
        String sponsor,
        LocalDate validFrom,
        LocalDate validTo,
        String issuer) implements DocumentTruth {
}
