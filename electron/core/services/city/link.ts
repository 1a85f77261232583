import type { CityLinkStatus } from '../../../../shared/contract/city';
import { AppError } from '../../../../shared/errors';
import type { HandlerContext } from '../../context';
import { checkPublicKey, generateSigningKeys } from './package/keys';
import { insertLink, readBaseIdentity, readLink, toStatus, updateLink } from './store';

export function linkStatus(ctx: HandlerContext): CityLinkStatus {
  return toStatus(readLink(ctx), readBaseIdentity(ctx).code);
}

/** Saves the city's public key; the base's own signing keys are made the first time. */
export function saveLink(ctx: HandlerContext, input: { cityPublicKey: string }): CityLinkStatus {
  const cityPublicKey =
    input.cityPublicKey.trim() === '' ? '' : checkPublicKey(input.cityPublicKey, 'x25519', '市级平台公钥');
  const existing = readLink(ctx);
  if (existing) {
    updateLink(ctx, { cityPublicKey });
  } else {
    const keys = generateSigningKeys();
    insertLink(ctx, { cityPublicKey, basePrivateKey: keys.privateKey, basePublicKey: keys.publicKey });
  }
  ctx.audit({ recordIds: [], summary: cityPublicKey ? '导入市级平台公钥' : '清除市级平台公钥' });
  return linkStatus(ctx);
}

/** Remembers a package once it is safely in its file, so the next one holds only what changed since. */
export function recordPackage(
  ctx: HandlerContext,
  input: { sequence: number; watermark: string | null; rows: number },
): CityLinkStatus {
  const link = readLink(ctx);
  if (!link) throw new AppError('VALIDATION', '还没有设置市级汇总');
  // A package is never recorded twice or out of order (two windows, a retried call): the later one stands.
  if (input.sequence > link.lastSequence) {
    updateLink(ctx, {
      lastSequence: input.sequence,
      lastWatermark: input.watermark,
      lastPackageAt: ctx.now,
      lastRows: input.rows,
    });
  }
  ctx.audit({ recordIds: [], summary: `生成市级汇总数据包第 ${input.sequence} 号（${input.rows} 行）` });
  return linkStatus(ctx);
}
