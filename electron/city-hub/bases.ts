import type pg from 'pg';
import { AppError } from '../../shared/errors';
import { checkPublicKey } from '../core/services/city/package/keys';

export interface BaseRegistration {
  code: string;
  name: string;
  district: string;
  publicKey: string;
}

/** Registers a base, or replaces its key (a base that reinstalled): only the hub's administrator does this. */
export async function registerBase(client: pg.ClientBase, base: BaseRegistration): Promise<void> {
  const code = base.code.trim().toUpperCase();
  if (!/^[0-9A-Z]{18}$/.test(code))
    throw new AppError('VALIDATION', `基地代码“${base.code}”应是 18 位统一社会信用代码`);
  if (!base.name.trim()) throw new AppError('VALIDATION', '请填写基地名称');
  const publicKey = checkPublicKey(base.publicKey, 'ed25519', '基地公钥');
  await client.query(
    `INSERT INTO city_bases (base_id, name, district, public_key) VALUES ($1, $2, $3, $4)
     ON CONFLICT (base_id) DO UPDATE SET name = EXCLUDED.name, district = EXCLUDED.district, public_key = EXCLUDED.public_key`,
    [code, base.name.trim(), base.district.trim(), publicKey],
  );
}
