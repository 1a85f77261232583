import { createHash, randomBytes } from 'node:crypto';
import { isNull } from 'drizzle-orm';
import type { CertificateSettings } from '@shared/contract/certificates';
import { defaultNumberPatterns } from '@shared/domain/certificates/numbering';
import type { HandlerContext } from '../../context';
import { certificateImages, certificateSettings } from '../../db/schema';

export type SettingsRow = typeof certificateSettings.$inferSelect;

export function readSettings(ctx: HandlerContext): SettingsRow | undefined {
  return ctx.db.select().from(certificateSettings).where(isNull(certificateSettings.deletedAt)).get();
}

/** The settings row, created with a fresh secret key the first time anything is issued or configured. */
export function ensureSettings(ctx: HandlerContext): SettingsRow {
  const existing = readSettings(ctx);
  if (existing) return existing;
  ctx.db
    .insert(certificateSettings)
    .values({
      id: ctx.newId(),
      createdAt: ctx.now,
      updatedAt: ctx.now,
      completionPattern: defaultNumberPatterns.completion,
      skillPattern: defaultNumberPatterns.skill,
      hmacKey: randomBytes(32).toString('hex'),
    })
    .run();
  return readSettings(ctx)!;
}

/** Stores an image once by content; returns its id (the SHA-256). */
export function storeImage(ctx: HandlerContext, mimeType: 'image/png' | 'image/jpeg', bytes: Buffer): string {
  const id = createHash('sha256').update(bytes).digest('hex');
  ctx.db.insert(certificateImages).values({ id, mimeType, bytes, createdAt: ctx.now }).onConflictDoNothing().run();
  return id;
}

export function imageBytes(ctx: HandlerContext, id: string | null): Buffer | null {
  if (!id) return null;
  const row = ctx.sqlite.prepare('SELECT bytes FROM certificate_images WHERE id = ?').get(id) as
    { bytes: Buffer } | undefined;
  return row?.bytes ?? null;
}

export function toSettingsDto(ctx: HandlerContext, row: SettingsRow | undefined): CertificateSettings {
  if (!row)
    return {
      baseCode: '',
      completionPattern: defaultNumberPatterns.completion,
      skillPattern: defaultNumberPatterns.skill,
      sealImage: null,
    };
  const seal = row.sealImageId
    ? (ctx.sqlite
        .prepare('SELECT mime_type AS mimeType, bytes FROM certificate_images WHERE id = ?')
        .get(row.sealImageId) as { mimeType: 'image/png' | 'image/jpeg'; bytes: Buffer } | undefined)
    : undefined;
  return {
    baseCode: row.baseCode,
    completionPattern: row.completionPattern,
    skillPattern: row.skillPattern,
    sealImage: seal ? { mimeType: seal.mimeType, base64: seal.bytes.toString('base64') } : null,
  };
}
