// Runs every suite (Vitest unit tests, then the browser tests under tests/e2e) and ends with
// one line of totals: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const out = join('node_modules', '.cache', 'adasa-tests');
mkdirSync(out, { recursive: true });
const only = process.argv[2]; // 'unit' | 'e2e' | undefined (all)
let passed = 0;
let failed = 0;
let broken = false;

if (only !== 'e2e') {
  const json = join(out, 'vitest.json');
  const r = spawnSync('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${json}`], {
    stdio: 'inherit',
  });
  if (existsSync(json)) {
    const res = JSON.parse(readFileSync(json, 'utf8'));
    passed += res.numPassedTests;
    failed += res.numFailedTests;
    if (res.numFailedTestSuites > 0 && res.numFailedTests === 0) broken = true;
  } else broken = true;
  if (r.status !== 0 && failed === 0) broken = true;
}

if (only !== 'unit') {
  const e2eDir = join('tests', 'e2e');
  const files = existsSync(e2eDir) ? readdirSync(e2eDir).filter((f) => f.endsWith('.test.mjs')) : [];
  if (files.length > 0) {
    const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) broken = true;
    const tap = join(out, 'e2e.tap');
    const r = spawnSync(
      process.execPath,
      [
        '--test',
        '--test-concurrency=1',
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=tap',
        `--test-reporter-destination=${tap}`,
        ...files.map((f) => join(e2eDir, f)),
      ],
      { stdio: 'inherit' },
    );
    const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
    const pass = /^# pass (\d+)/m.exec(text);
    const fail = /^# fail (\d+)/m.exec(text);
    if (pass) passed += Number(pass[1]);
    if (fail) failed += Number(fail[1]);
    if (!pass || (r.status !== 0 && (!fail || fail[1] === '0'))) broken = true;
  }
}

if (broken && failed === 0) failed = 1; // a suite that could not run counts as a failure
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
