/**
 * Builds better-sqlite3 for Electron's ABI into a cache folder beside the Node build, so that
 * `npm test` (Node) and `npm start` (Electron) each load their own binary with no manual step:
 * the main process passes this file as better-sqlite3's `nativeBinding`.
 *
 * Needs Electron's headers (downloaded by node-gyp) and a C++ toolchain. Usage:
 *   node scripts/build-electron-native.mjs [--arch x64|arm64]
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const root = resolve(import.meta.dirname, '..');

// Without Electron's own program (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or no network when
// npm ci ran) there is no desktop app to start: say so in one message instead of a compiler's trace.
if (!electronProgramInstalled()) {
  console.error(
    '没有安装 Electron 程序（安装依赖时跳过了下载，或当时无法联网），所以不能启动桌面版。\n' +
      '同一个应用可以在浏览器里打开：npm run build && npm run serve\n' +
      '需要桌面版时，在能联网的电脑上不带 ELECTRON_SKIP_BINARY_DOWNLOAD 重新运行 npm ci。',
  );
  process.exit(1);
}
const { values } = parseArgs({ options: { arch: { type: 'string', default: process.arch } } });
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
// One folder per architecture (electron-builder's extraResources picks it by ${arch}); the
// Electron version it was built for is kept beside it, so an upgrade rebuilds.
const outDir = join(root, 'node_modules', '.cache', 'jiangxun-native', values.arch);
const target = join(outDir, 'better_sqlite3.node');
const builtFor = join(outDir, 'electron-version.txt');

if (existsSync(target) && existsSync(builtFor) && readFileSync(builtFor, 'utf8') === electronVersion) {
  console.log(`better-sqlite3 for Electron ${electronVersion} (${values.arch}) is ready: ${target}`);
  process.exit(0);
}

const source = dirname(require.resolve('better-sqlite3/package.json'));
const work = mkdtempSync(join(tmpdir(), 'jiangxun-native-'));
cpSync(source, work, { recursive: true, filter: (path) => !path.startsWith(join(source, 'build')) });
// npm passes its own nodedir to scripts; it points at Node's headers and would build the wrong ABI.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !/^npm_config_(nodedir|target|runtime|disturl)$/i.test(key)),
);
console.log(`Building better-sqlite3 for Electron ${electronVersion} (${values.arch})…`);
try {
  execFileSync(
    process.execPath,
    [
      require.resolve('node-gyp/bin/node-gyp.js'),
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${electronVersion}`,
      `--arch=${values.arch}`,
      '--dist-url=https://electronjs.org/headers',
    ],
    // The compiler's output goes to a log; the screen gets one line either way.
    { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 },
  );
  mkdirSync(outDir, { recursive: true });
  cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), target);
  writeFileSync(builtFor, electronVersion);
  console.log(`Built ${target}`);
} catch (error) {
  const log = join(root, 'node_modules', '.cache', 'jiangxun-native', 'build.log');
  mkdirSync(dirname(log), { recursive: true });
  writeFileSync(log, `${error.stdout ?? ''}\n${error.stderr ?? ''}`);
  console.error(
    `无法为 Electron 编译 better-sqlite3：需要能下载 Electron 头文件的网络和 C++ 编译环境（详细输出见 ${log}）。\n浏览器版不需要这一步：npm run build && npm run serve`,
  );
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}

function electronProgramInstalled() {
  try {
    return existsSync(require('electron'));
  } catch {
    return false;
  }
}
