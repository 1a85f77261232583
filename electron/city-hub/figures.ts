import type pg from 'pg';
import { maskIdNumber } from '../../shared/domain/masking';

export interface BaseFigures {
  baseCode: string;
  name: string;
  district: string;
  trainees: number;
  enterprises: number;
  passes: number;
  promotions: number;
  certificates: number;
  lastSequence: number;
  lastImportAt: string | null;
}

export interface CityFigures {
  /** People, counted once across bases by the resident ID. */
  trainees: number;
  /** The same, added up base by base (a worker trained at two bases counts twice here). */
  traineesBaseByBase: number;
  enterprises: number;
  passes: number;
  promotions: number;
  certificates: number;
  bases: BaseFigures[];
  byDistrict: { district: string; trainees: number }[];
  byJobType: { code: string; name: string; passes: number }[];
}

const count = async (client: pg.ClientBase, sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]!.n);

/** The seed's figures across every base and per base; the promotions exclude 既有证书登记, as a base's dashboard does. */
export async function cityFigures(client: pg.ClientBase): Promise<CityFigures> {
  const perBase = await client.query<Record<string, string | null>>(`
    SELECT b.base_id, b.name, b.district, b.last_sequence, b.last_import_at,
      (SELECT count(*) FROM trainees t WHERE t.base_id = b.base_id AND t.deleted_at IS NULL) AS trainees,
      (SELECT count(*) FROM enterprises e WHERE e.base_id = b.base_id AND e.deleted_at IS NULL) AS enterprises,
      (SELECT count(*) FROM enrollments n WHERE n.base_id = b.base_id AND n.deleted_at IS NULL AND n.result = 'pass') AS passes,
      (SELECT count(*) FROM trainee_grades g WHERE g.base_id = b.base_id AND g.deleted_at IS NULL AND g.source <> 'record') AS promotions,
      (SELECT count(*) FROM certificates c WHERE c.base_id = b.base_id AND c.deleted_at IS NULL AND c.status = 'issued') AS certificates
    FROM city_bases b ORDER BY b.name`);
  const bases: BaseFigures[] = perBase.rows.map((row) => ({
    baseCode: row.base_id!,
    name: row.name!,
    district: row.district!,
    trainees: Number(row.trainees),
    enterprises: Number(row.enterprises),
    passes: Number(row.passes),
    promotions: Number(row.promotions),
    certificates: Number(row.certificates),
    lastSequence: Number(row.last_sequence),
    lastImportAt: row.last_import_at ? new Date(row.last_import_at).toISOString() : null,
  }));
  const sum = (key: keyof BaseFigures) => bases.reduce((total, base) => total + (base[key] as number), 0);
  const byDistrict = await client.query<{ district: string; trainees: string }>(`
    SELECT coalesce(nullif(e.district, ''), '未填写') AS district, count(DISTINCT t.id_number) AS trainees
    FROM trainees t LEFT JOIN enterprises e ON e.base_id = t.base_id AND e.id = t.enterprise_id
    WHERE t.deleted_at IS NULL GROUP BY 1 ORDER BY 2 DESC`);
  // Job types are matched across bases by their national code: each base's catalog has its own ids.
  const byJobType = await client.query<{ code: string; name: string; passes: string }>(`
    SELECT j.code, min(j.name) AS name, count(*) AS passes
    FROM enrollments n JOIN job_types j ON j.base_id = n.base_id AND j.id = n.job_type_id
    WHERE n.deleted_at IS NULL AND n.result = 'pass' GROUP BY j.code ORDER BY 3 DESC`);
  return {
    trainees: await count(client, 'SELECT count(DISTINCT id_number) AS n FROM trainees WHERE deleted_at IS NULL'),
    traineesBaseByBase: sum('trainees'),
    enterprises: sum('enterprises'),
    passes: sum('passes'),
    promotions: sum('promotions'),
    certificates: sum('certificates'),
    bases,
    byDistrict: byDistrict.rows.map((row) => ({ district: row.district, trainees: Number(row.trainees) })),
    byJobType: byJobType.rows.map((row) => ({ code: row.code, name: row.name, passes: Number(row.passes) })),
  };
}

export interface CertificateCheck {
  found: boolean;
  baseName?: string;
  kind?: string;
  traineeName?: string;
  idNumber?: string;
  issuedOn?: string;
  status?: string;
}

/** A certificate issued by any base, checked at the hub by its number and verification code; the ID number is masked. */
export async function verifyCertificate(
  client: pg.ClientBase,
  number: string,
  verifyCode: string,
): Promise<CertificateCheck> {
  const found = await client.query<Record<string, string>>(
    `SELECT b.name AS base_name, c.kind, c.issued_on, c.status, t.name AS trainee_name, t.id_number
     FROM certificates c JOIN city_bases b ON b.base_id = c.base_id
     LEFT JOIN trainees t ON t.base_id = c.base_id AND t.id = c.trainee_id
     WHERE c.number = $1 AND upper(c.verify_code) = upper($2) AND c.deleted_at IS NULL`,
    [number.trim(), verifyCode.trim()],
  );
  const row = found.rows[0];
  if (!row) return { found: false };
  return {
    found: true,
    baseName: row.base_name!,
    kind: row.kind!,
    traineeName: row.trainee_name ?? '',
    idNumber: row.id_number ? maskIdNumber(row.id_number) : '',
    issuedOn: row.issued_on!,
    status: row.status!,
  };
}
