import { unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { call, createTestCore, testFile, type TestCore } from '../../testing';
import { validId } from '../../testing/people';

let core: TestCore;
beforeEach(() => {
  core = createTestCore();
});
afterEach(() => core.dispose());

const jpeg = (seed: number) =>
  new Uint8Array([0xff, 0xd8, 0xff, 0xe0, ...Array.from({ length: 200 }, (_, i) => (i * seed) % 256)]);

it('imports a zip of photos named by ID, sorting out unmatched and unreadable files, and exports them back', async () => {
  const id = validId('19900102', 123);
  const trainee = await call(core, 'trainees.create', {
    name: '张三',
    idNumber: id,
    phone: '',
    education: '',
    enterpriseId: null,
    jobTitle: '',
    workStartDate: null,
  });
  const zip = zipSync({
    [`照片/${id.toLowerCase()}.jpg`]: jpeg(3),
    [`${validId('19910101', 5)}.jpg`]: jpeg(5),
    '说明.txt': new TextEncoder().encode('x'.repeat(200)),
    '张三.jpg': jpeg(7),
  });
  const inputFile = testFile(core, '照片.zip', zip);
  const preview = await call(core, 'trainees.previewPhotoZip', {}, undefined, { inputFile });
  expect(preview.matched).toEqual([
    { fileName: `${id.toLowerCase()}.jpg`, traineeId: trainee.id, name: '张三', replaces: false },
  ]);
  expect(preview.unmatched.map((u) => u.reason)).toEqual([
    '没有这个身份证号的学员',
    expect.stringContaining('文件名不是有效的身份证号'),
  ]);
  expect(preview.unreadable).toEqual([{ fileName: '说明.txt', reason: '不是 JPEG 或 PNG 图片' }]);

  expect(await call(core, 'trainees.importPhotoZip', {}, undefined, { inputFile })).toEqual({ imported: 1 });
  expect((await call(core, 'trainees.get', { id: trainee.id })).hasPhoto).toBe(true);

  const exported = await call(core, 'trainees.exportPhotoZip', { filter: {} });
  const files = unzipSync(Buffer.from(exported.base64, 'base64'));
  expect(Object.keys(files)).toEqual([`${id}.jpg`]);
  expect(files[`${id}.jpg`]).toEqual(jpeg(3));
});

it('refuses a photo that is not a JPEG or PNG, whatever its name', async () => {
  const trainee = await call(core, 'trainees.create', {
    name: '李四',
    idNumber: validId('19900102', 124),
    phone: '',
    education: '',
    enterpriseId: null,
    jobTitle: '',
    workStartDate: null,
  });
  const result = await core.dispatch('trainees.setPhoto', {
    id: trainee.id,
    base64: Buffer.from('GIF89a'.padEnd(300, 'x')).toString('base64'),
  });
  expect(result).toMatchObject({ ok: false, error: { message: '一寸照：不是 JPEG 或 PNG 图片' } });
});
