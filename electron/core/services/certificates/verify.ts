import type { VerifyResult } from '@shared/contract/certificates';
import { normalizeVerifyCode, parseQrText } from '@shared/domain/certificates/verification';
import { maskIdNumber } from '@shared/domain/masking';
import { normalizeCode } from '@shared/domain/normalize';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import { printedValues, selectCertificates } from './records';
import { readSettings } from './settings';
import { verificationCode } from './verification';

/**
 * Genuine: the number is ours, the code on paper is the one we printed, and the recorded values
 * still produce that code. Altered: the paper's code differs, or the record no longer matches its
 * code (changed behind the application's back). Voided: genuine but withdrawn. Unknown: not ours.
 */
export function verify(ctx: HandlerContext, input: { text?: string; number?: string; code?: string }): VerifyResult {
  const presented = readPresented(input);
  const row = selectCertificates(ctx, 'number = ?', presented.certificateNo)[0];
  const settings = readSettings(ctx);
  if (!row || !settings)
    return {
      verdict: 'unknown',
      explanation: `本基地没有签发过编号为 ${presented.certificateNo} 的证书`,
      recorded: null,
    };
  const values = printedValues(row);
  const recorded = {
    name: values.name,
    sex: values.sex,
    jobTypeName: values.jobTypeName,
    grade: values.grade,
    issueDate: values.issueDate,
    certificateNo: values.certificateNo,
    maskedIdNumber: maskIdNumber(values.idNumber),
    kind: row.kind,
    voidReason: row.voidReason,
  };
  const expected = verificationCode(settings.hmacKey, values);
  if (expected !== row.verifyCode || values.verifyCode !== row.verifyCode || values.certificateNo !== row.number) {
    return {
      verdict: 'altered',
      explanation: '本基地的证书记录与其校验码不符：记录可能被改动过，请联系管理员核查',
      recorded,
    };
  }
  if (presented.code !== row.verifyCode) {
    return {
      verdict: 'altered',
      explanation: '校验码与该编号的证书不符：证书可能被涂改或伪造，请核对纸面内容与下方记录',
      recorded,
    };
  }
  if (row.status === 'voided')
    return { verdict: 'voided', explanation: `该证书已作废：${row.voidReason ?? ''}`, recorded };
  return {
    verdict: 'genuine',
    explanation: '编号与校验码相符，是本基地签发的有效证书。请核对纸面上的姓名等内容与下方记录一致',
    recorded,
  };
}

function readPresented(input: { text?: string; number?: string; code?: string }): {
  certificateNo: string;
  code: string;
} {
  if (input.text) {
    const scanned = parseQrText(input.text);
    if (!scanned) throw new AppError('VALIDATION', '扫描内容不是匠训证书的二维码');
    return scanned;
  }
  if (!input.number || !input.code) throw new AppError('VALIDATION', '请填写证书编号和校验码，或扫描证书上的二维码');
  return { certificateNo: normalizeCode(input.number), code: normalizeVerifyCode(input.code) };
}
