import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { SheetField } from '@shared/contract/infra/sheet';
import { readSheet } from './sheet-reader';

const fields: readonly SheetField[] = [
  { key: 'name', label: '姓名', aliases: ['姓名'] },
  { key: 'note', label: '备注', aliases: ['备注'] },
];

/** Two-, three- and four-byte characters of UTF-8 (ü, 汉字, 𠀀 from CJK Extension B). */
const alphabet = ['任', '军', '张', '伟', '钳', '工', '焊', 'ü', '𠀀', '𪚥', '铣', '电'];

/** A different text for every row (Excel stores each distinct string once), of mixed byte lengths. */
function name(row: number, padding: number) {
  let text = 'x'.repeat(padding);
  for (let rest = row + 1; rest > 0; rest = Math.floor(rest / alphabet.length))
    text += alphabet[rest % alphabet.length];
  return text + alphabet[(row + padding) % alphabet.length];
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An .xlsx laid out as Excel saves one (every text in sharedStrings.xml), written here byte by
 * byte: ExcelJS's own writer mangles four-byte characters, and the reader is what is under test.
 */
function workbook(rows: string[][]): Uint8Array {
  const all = [['姓名', '备注'], ...rows];
  const strings = all.flat();
  const column = (i: number) => String.fromCharCode(65 + i);
  const sheetRows = all
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells.map((_, c) => `<c r="${column(c)}${r + 1}" t="s"><v>${r * 2 + c}</v></c>`).join('')}</row>`,
    )
    .join('');
  const xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipSync({
    '[Content_Types].xml': strToU8(
      `${xml}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `${xml}<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="学员" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${xml}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `${xml}<worksheet xmlns="${main}"><sheetData>${sheetRows}</sheetData></worksheet>`,
    ),
    'xl/sharedStrings.xml': strToU8(
      `${xml}<sst xmlns="${main}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((text) => `<si><t>${escapeXml(text)}</t></si>`).join('')}</sst>`,
    ),
    // Excel ends the package with the document properties, after the strings.
    'docProps/app.xml': strToU8(
      `${xml}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`,
    ),
  });
}

async function readBack(bytes: Uint8Array) {
  const read = await readSheet({ fileName: '学员.xlsx', bytes, fields });
  return read.rows.map((row) => row.cells);
}

describe('readSheet keeps every character of an .xlsx', () => {
  // The inflated XML reaches the parser in chunks; shifting every string by 0–3 ASCII bytes puts
  // each byte of a 2-, 3- and 4-byte character on a chunk boundary somewhere in the file.
  it.each([0, 1, 2, 3])('multi-byte characters across chunk boundaries (shifted by %i bytes)', async (padding) => {
    const rows = Array.from({ length: 6000 }, (_, row) => [name(row, padding), `${name(row + 1, padding)}有限公司`]);
    expect(await readBack(workbook(rows))).toEqual(rows);
  });

  it('reads a 50,000-row roster back byte-identical', async () => {
    const rows = Array.from({ length: 50_000 }, (_, row) => [name(row, row % 4), `江西省${name(row, 3)}实训基地`]);
    const read = await readBack(workbook(rows));
    expect(read.length).toBe(rows.length);
    const differing = read.flatMap((cells, i) => (cells[0] === rows[i]![0] && cells[1] === rows[i]![1] ? [] : [i]));
    expect(differing).toEqual([]);
  }, 60_000);

  it('refuses a cell holding the replacement character, naming its row and column', async () => {
    const bytes = workbook([
      ['任军', '好'],
      ['王芳', '坏\uFFFD'],
    ]);
    await expect(readSheet({ fileName: '学员.xlsx', bytes, fields })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/第 3 行.*B 列/),
    });
  });
});
