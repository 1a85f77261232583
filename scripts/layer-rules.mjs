/**
 * The layering rules, by runtime (as VS Code layers common/node/browser/electron-main):
 * - shared/ is pure TypeScript: no Node, no DOM frameworks, no database, neither side;
 * - only electron/main and electron/preload import `electron`; the core and browser mode never do;
 * - renderer/ reaches the main process only through the contract, never into electron/.
 * eslint.config.mjs applies them; scripts/layer-rules.test.ts proves each one catches a violation.
 */
const nodeBuiltins = {
  group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'url', 'util', 'worker_threads'],
  message: 'Node APIs belong in electron/core.',
};
const database = {
  group: ['better-sqlite3', 'drizzle-orm', 'drizzle-orm/*'],
  message: 'The database is reached only by electron/core.',
};

export const layerRules = [
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', 'exceljs', 'pinyin-pro'].map((name) => ({
            name,
            message: 'shared/ stays pure TypeScript.',
          })),
          patterns: [
            nodeBuiltins,
            database,
            { group: ['@mantine/*', '@tanstack/*'], message: 'shared/ holds contracts and rules, not UI.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ may not depend on either side.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Use renderer/src/api (the contract client) instead.' }],
          patterns: [
            nodeBuiltins,
            database,
            { group: ['**/electron/**'], message: 'The renderer talks to the main process through the contract only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/http/**/*.ts', 'scripts/**/*.ts', 'scripts/**/*.mjs'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Only electron/main and electron/preload may import electron: inject what you need.',
            },
          ],
          patterns: [
            { group: ['**/renderer/**'], message: 'The core never depends on the UI.' },
            { group: ['**/electron/main/**', '**/main/*'], message: 'The core never depends on the Electron shell.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            nodeBuiltins,
            database,
            {
              group: ['**/core/**', '**/renderer/**'],
              message: 'The sandboxed preload imports electron and shared/ types only.',
            },
          ],
        },
      ],
    },
  },
];

/**
 * SQL lives in an area's store (electron/core/services/<area>/store.ts), typed from the schema;
 * handler and operation files hold rules and calls. The files listed in `filesWithSqlToMove`
 * predate the stores (issue 11 moves their statements out, area by area, and shortens the list);
 * any other file under services/ that prepares a statement or writes sql`` fails lint.
 */
const filesWithSqlToMove = [
  'certificates/calibration.ts',
  'certificates/facts.ts',
  'certificates/import.ts',
  'certificates/issue.ts',
  'certificates/lifecycle.ts',
  'certificates/queries.ts',
  'certificates/records.ts',
  'certificates/settings.ts',
  'cohorts/appraisal-grades.ts',
  'cohorts/attendance.ts',
  'cohorts/cohorts.ts',
  'cohorts/enroll.ts',
  'cohorts/enrollments.ts',
  'cohorts/facts.ts',
  'cohorts/marks-writer.ts',
  'cohorts/overview.ts',
  'cohorts/roster-data.ts',
  'cohorts/rosters.ts',
  'cohorts/save-cohort.ts',
  'cohorts/score-import.ts',
  'cohorts/scores.ts',
  'cohorts/sign-in-sheet.ts',
  'cohorts/signup.ts',
  'dashboard/index.ts',
  'eligibility/history.ts',
  'eligibility/index.ts',
  'eligibility/qualifications.ts',
  'eligibility/search.ts',
  'eligibility/trainee.ts',
  'enterprises/index.ts',
  'job-types/catalog.ts',
  'job-types/seed.ts',
  'trainees/digit-index.ts',
  'trainees/export.ts',
  'trainees/import-rows.ts',
  'trainees/import.ts',
  'trainees/list.ts',
  'trainees/photos.ts',
  'trainees/records.ts',
  'trainees/rows.ts',
].map((file) => `electron/core/services/${file}`);

const sqlOutsideStore =
  "SQL belongs in the area's store.ts (typed from the schema); handlers and operations call the store.";

export const storeRules = [
  {
    files: ['electron/core/services/**/*.ts'],
    ignores: ['electron/core/services/**/store.ts', 'electron/core/services/**/*.test.ts', ...filesWithSqlToMove],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='prepare']", message: sqlOutsideStore },
        { selector: "TaggedTemplateExpression[tag.name='sql']", message: sqlOutsideStore },
      ],
    },
  },
];
