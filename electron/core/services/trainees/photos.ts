import { unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import type { PhotoZipPreview } from '@shared/contract/trainees/import';
import { checkResidentId } from '@shared/domain/resident-id';
import { AppError } from '@shared/errors';
import type { HandlerContext } from '../../context';
import type { AreaHandlers } from '../../router';
import { filteredTrainees } from './export';
import { describeFilter } from './search';
import { getDetail } from './rows';

const maxPhotoBytes = 2 * 1024 * 1024;
type PhotoChannels =
  | 'trainees.getPhoto'
  | 'trainees.setPhoto'
  | 'trainees.removePhoto'
  | 'trainees.previewPhotoZip'
  | 'trainees.importPhotoZip'
  | 'trainees.exportPhotoZip';

/** The type comes from the file's first bytes, never from its name. */
export function photoProblem(bytes: Uint8Array): { mimeType: 'image/jpeg' | 'image/png' } | { reason: string } {
  if (bytes.length > maxPhotoBytes)
    return { reason: `照片过大（${(bytes.length / 1024 / 1024).toFixed(1)} MB），不能超过 2 MB` };
  if (bytes.length < 100) return { reason: '文件太小，不是有效的照片' };
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { mimeType: 'image/jpeg' };
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47)
    return { mimeType: 'image/png' };
  return { reason: '不是 JPEG 或 PNG 图片' };
}

function savePhoto(ctx: HandlerContext, traineeId: string, mimeType: string, bytes: Uint8Array) {
  ctx.sqlite
    .prepare(
      `INSERT INTO trainee_photos (trainee_id, mime_type, bytes, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (trainee_id) DO UPDATE SET mime_type = excluded.mime_type, bytes = excluded.bytes, updated_at = excluded.updated_at`,
    )
    .run(traineeId, mimeType, Buffer.from(bytes), ctx.now);
}

function readZip(path: string): Record<string, Uint8Array> {
  try {
    return unzipSync(readFileSync(path), {
      filter: (file) => !file.name.endsWith('/') && !/(^|\/)(__MACOSX|\.)/.test(file.name),
    });
  } catch {
    throw new AppError('VALIDATION', '压缩包无法读取：请确认是 .zip 文件');
  }
}

/** Sorts each file of the zip into matched, unmatched or unreadable, with the reason. */
function sortZip(ctx: HandlerContext) {
  const preview: PhotoZipPreview = { matched: [], unmatched: [], unreadable: [] };
  const writes: { traineeId: string; mimeType: string; bytes: Uint8Array }[] = [];
  const find = ctx.sqlite.prepare(
    `SELECT t.id, t.name, EXISTS (SELECT 1 FROM trainee_photos p WHERE p.trainee_id = t.id) AS hasPhoto
     FROM trainees t WHERE t.id_number = ? AND t.deleted_at IS NULL`,
  );
  for (const [path, bytes] of Object.entries(readZip(ctx.files.input!.path))) {
    const fileName = path.split('/').pop()!;
    const stem = fileName.replace(/\.[^.]+$/, '');
    const photo = photoProblem(bytes);
    if ('reason' in photo) {
      preview.unreadable.push({ fileName, reason: photo.reason });
      continue;
    }
    const id = checkResidentId(stem, ctx.today);
    const trainee = id.ok
      ? (find.get(id.idNumber) as { id: string; name: string; hasPhoto: number } | undefined)
      : undefined;
    if (!id.ok) preview.unmatched.push({ fileName, reason: `文件名不是有效的身份证号：${id.reason}` });
    else if (!trainee) preview.unmatched.push({ fileName, reason: '没有这个身份证号的学员' });
    else {
      preview.matched.push({ fileName, traineeId: trainee.id, name: trainee.name, replaces: trainee.hasPhoto === 1 });
      writes.push({ traineeId: trainee.id, mimeType: photo.mimeType, bytes });
    }
  }
  return { preview, writes };
}

export const photoHandlers: Pick<AreaHandlers<'trainees'>, PhotoChannels> = {
  'trainees.getPhoto': ({ id }, ctx) => {
    const row = ctx.sqlite
      .prepare('SELECT mime_type AS mimeType, bytes FROM trainee_photos WHERE trainee_id = ?')
      .get(id) as { mimeType: string; bytes: Buffer } | undefined;
    return row ? { mimeType: row.mimeType, base64: row.bytes.toString('base64') } : null;
  },

  'trainees.setPhoto': ({ id, base64 }, ctx) => {
    const detail = getDetail(ctx, id);
    const bytes = Buffer.from(base64, 'base64');
    const photo = photoProblem(bytes);
    if ('reason' in photo) throw new AppError('VALIDATION', `一寸照：${photo.reason}`);
    savePhoto(ctx, id, photo.mimeType, bytes);
    ctx.audit({ recordIds: [id], summary: `上传一寸照：${detail.name}` });
    return { id };
  },

  'trainees.removePhoto': ({ id }, ctx) => {
    const detail = getDetail(ctx, id);
    ctx.sqlite.prepare('DELETE FROM trainee_photos WHERE trainee_id = ?').run(id);
    ctx.audit({ recordIds: [id], summary: `删除一寸照：${detail.name}` });
    return { id };
  },

  'trainees.previewPhotoZip': (_input, ctx) => sortZip(ctx).preview,

  'trainees.importPhotoZip': (_input, ctx) => {
    const { writes } = sortZip(ctx);
    for (const write of writes) savePhoto(ctx, write.traineeId, write.mimeType, write.bytes);
    ctx.audit({
      recordIds: writes.length <= 1000 ? writes.map((w) => w.traineeId) : [],
      summary: `批量导入一寸照 ${writes.length} 张`,
    });
    return { imported: writes.length };
  },

  'trainees.exportPhotoZip': ({ filter }, ctx) => {
    const files: Record<string, Uint8Array> = {};
    const rows = filteredTrainees<{ idNumber: string; mimeType: string; bytes: Buffer }>(
      ctx,
      filter,
      't.id_number AS idNumber, p.mime_type AS mimeType, p.bytes',
      'JOIN trainee_photos p ON p.trainee_id = t.id',
    );
    for (const row of rows) files[`${row.idNumber}.${row.mimeType === 'image/png' ? 'png' : 'jpg'}`] = row.bytes;
    const count = Object.keys(files).length;
    ctx.audit({ recordIds: [], summary: `导出一寸照 ${count} 张${describeFilter(filter)}` });
    return {
      fileName: `一寸照-${ctx.today}.zip`,
      base64: Buffer.from(zipSync(files, { level: 0 })).toString('base64'),
      photos: count,
    };
  },
};
