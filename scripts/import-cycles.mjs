/**
 * `node scripts/import-cycles.mjs`: fails when source files import each other in a circle (a circle
 * means two modules that cannot be understood, tested or loaded one without the other; the one the
 * cohorts' scores made through the composition root is why this check exists). Type-only imports
 * count too: they still tie the files' meaning together. npm run lint runs it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const importPattern =
  /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const candidates = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The local file an import names, or null for a package. */
function resolveImport(root, from, specifier) {
  let base;
  if (specifier.startsWith('@shared/')) base = join(root, 'shared', specifier.slice('@shared/'.length));
  else if (specifier.startsWith('.')) base = resolve(dirname(from), specifier);
  else return null;
  for (const ending of candidates) {
    const file = base + ending;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/** Every circle of imports among `files` (absolute paths), each as the list of files around it. */
export function findImportCycles(root, files, read = (file) => readFileSync(file, 'utf8')) {
  const edges = new Map(
    files.map((file) => [
      file,
      [...read(file).matchAll(importPattern)].map((m) => resolveImport(root, file, m[1] ?? m[2])).filter(Boolean),
    ]),
  );
  const cycles = [];
  const state = new Map(); // 1 = on the current path, 2 = done
  const path = [];
  const visit = (file) => {
    state.set(file, 1);
    path.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 1) cycles.push(path.slice(path.indexOf(next)).map((f) => relative(root, f)));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 2);
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return cycles;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.tsx'], {
    cwd: root,
    encoding: 'utf8',
  });
  const files = listed
    .split('\n')
    .filter((f) => f && existsSync(join(root, f)))
    .map((f) => join(root, f));
  const cycles = findImportCycles(root, files);
  for (const cycle of cycles) console.error(`import circle: ${[...cycle, cycle[0]].join(' → ')}`);
  if (cycles.length > 0) process.exit(1);
}
