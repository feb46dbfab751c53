/**
 * Packaging check: pack each publishable package as `pnpm pack:tarballs`
 * does, install the tarballs together into a fresh project outside the
 * workspace (and check that no `@chibo/*` package came from the registry), then import them
 * from ESM and from CommonJS, type-check a TypeScript consumer with
 * `moduleResolution` node16 and bundler, read a shipped JSON Schema, and run
 * the quickstart demo against the tarballs (the scenario data is packed too).
 * It catches a missing `files` or `exports` entry that tests against the
 * source never see.
 *
 * Usage: tsx scripts/checkConsumer.ts   (after `pnpm build`)
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PUBLISHED_PACKAGES, packTarballs } from './packTarballs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Packed only to run the quickstart: the scenario data is not published. */
const demoOnly = ['scenario'];
const work = mkdtempSync(join(tmpdir(), 'chibo-consumer-'));
const run = (cmd: string, args: string[], cwd: string) =>
  execFileSync(cmd, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });

try {
  // The tarballs exactly as `pnpm pack:tarballs` makes them for a newcomer
  // (README, docs/index.md), installed together in one `npm install`.
  const tarballs = packTarballs(work, [...PUBLISHED_PACKAGES, ...demoOnly]);
  const app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      version: '0.0.0',
      type: 'module',
    }),
  );
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--loglevel=error', ...tarballs],
    app,
  );
  // Dependency confusion (issue 13, §6): every @chibo/* package, including
  // the @chibo/core that schedule and docx depend on, came from a tarball,
  // never from the public registry where the scope is not claimed yet.
  const lock = JSON.parse(
    readFileSync(join(app, 'package-lock.json'), 'utf8'),
  ) as { packages: Record<string, { resolved?: string }> };
  const chiboEntries = Object.entries(lock.packages).filter(([path]) =>
    /(^|\/)node_modules\/@chibo\//.test(path),
  );
  const fromRegistry = chiboEntries.filter(
    ([, entry]) => !entry.resolved?.startsWith('file:'),
  );
  if (chiboEntries.length < PUBLISHED_PACKAGES.length || fromRegistry.length)
    throw new Error(
      `@chibo/* not all installed from the tarballs: ${JSON.stringify(fromRegistry)}`,
    );
  console.log(
    `tarballs ok (${chiboEntries.length} @chibo/* packages, all from file:, none from the registry)`,
  );

  const probe = `
    const parsed = parseMember({ id: 'm01', name: 'Hoàng Văn Minh', standing: 'official' });
    const tally = tallyVote({ subject: 'resolution', mode: 'show-of-hands', for: 7, against: 5 }, 12);
    if (parsed.exempt !== false || !tally.passed) throw new Error('wrong result');
    const tet = solarToLunar({ year: 2027, month: 2, day: 6 });
    if (tet.month !== 1 || tet.day !== 1 || isWorkingDay('2027-02-08')) throw new Error('wrong calendar');
    renderRatingSheet({ schemeId: 'x', criteria: [{ criterionId: 'd', label: 'Thời gian', maxPoints: 5, score: 5 }], total: 5 })
      .then((bytes) => { if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new Error('not a .docx'); });
    // The subpath entries share the main entry's classes: one ChiboError.
    let refused;
    try { createMeetingActor({}); } catch (error) { refused = error; }
    if (!(refused instanceof ChiboError)) throw new Error('@chibo/core/machine threw something else than @chibo/core ChiboError');
    let unrestored;
    try { restoreMeeting('{"machine":"chibo-meeting"}'); } catch (error) { unrestored = error; }
    if (!(unrestored instanceof ChiboError)) throw new Error('@chibo/core/persist threw something else than @chibo/core ChiboError');
    if (anPhuScheme.id !== 'an-phu-hd42' || typeof rateMeeting !== 'function') throw new Error('wrong rating entry');
    if (!AttendanceStatus.options.includes('present') || labelsVi.attendanceStatus.present === undefined || toVietNamDate('2027-03-09T19:30') !== '2027-03-09' || formatShare(11, 56) !== '11/56 (19,64%)') throw new Error('wrong entries by topic');
  `;
  const imports = {
    core: ['ChiboError', 'parseMember', 'tallyVote'],
    'core/machine': ['createMeetingActor'],
    'core/persist': ['restoreMeeting'],
    'core/rating': ['anPhuScheme', 'rateMeeting'],
    'core/schemas': ['AttendanceStatus'],
    'core/i18n': ['labelsVi'],
    'core/time': ['toVietNamDate'],
    'core/year': ['formatShare'],
    schedule: ['isWorkingDay', 'solarToLunar'],
    docx: ['renderRatingSheet'],
  };
  const esmImports = Object.entries(imports)
    .map(
      ([pkg, names]) => `import { ${names.join(', ')} } from '@chibo/${pkg}';`,
    )
    .join('\n');
  const cjsImports = Object.entries(imports)
    .map(
      ([pkg, names]) =>
        `const { ${names.join(', ')} } = require('@chibo/${pkg}');`,
    )
    .join('\n');
  writeFileSync(
    join(app, 'esm.mjs'),
    `${esmImports}\n${probe}\nconsole.log('esm ok');\n`,
  );
  writeFileSync(
    join(app, 'cjs.cjs'),
    `${cjsImports}\n${probe}\nconsole.log('cjs ok');\n`,
  );
  writeFileSync(
    join(app, 'schema.mjs'),
    `import { createRequire } from 'node:module';\nconst schema = createRequire(import.meta.url)('@chibo/core/json-schema/meeting-record.json');\nif (schema.type !== 'object') throw new Error('bad schema');\nconsole.log('json schema ok');\n`,
  );
  // `require('@chibo/core')` alone loads neither xstate nor the rating code.
  writeFileSync(
    join(app, 'lean.cjs'),
    `const core = require('@chibo/core');
const loaded = Object.keys(require.cache);
if (typeof core.parseMeeting !== 'function') throw new Error('no parseMeeting');
if (loaded.some((file) => /[\\\\/]xstate[\\\\/]/.test(file))) throw new Error('@chibo/core loaded xstate');
if (loaded.some((file) => /rating\\.cjs$/.test(file))) throw new Error('@chibo/core loaded the rating entry');
console.log('lean cjs ok (' + loaded.length + ' modules, no xstate)');
`,
  );
  for (const file of ['esm.mjs', 'cjs.cjs', 'schema.mjs', 'lean.cjs'])
    process.stdout.write(run('node', [file], app));

  // The same consumer as CommonJS (.cts), ES module (.mts) and bundler code.
  const consumer = `import { type Meeting, type VotingBase, votingBase, parseMeeting } from '@chibo/core';
import { type LunarDate, solarToLunar } from '@chibo/schedule';
import { renderRatingSheet } from '@chibo/docx';
import { meetingMachine } from '@chibo/core/machine';
import { type PersistedMeeting, MEETING_SNAPSHOT_VERSION } from '@chibo/core/persist';
import { type RatingScheme, anPhuScheme } from '@chibo/core/rating';
const scheme: RatingScheme = anPhuScheme;
const machineId: string = meetingMachine.id;
const snapshotVersion: PersistedMeeting['schemaVersion'] = MEETING_SNAPSHOT_VERSION;
const lunar: LunarDate = solarToLunar({ year: 2027, month: 2, day: 6 });
const sheet: Promise<Uint8Array> = renderRatingSheet({ schemeId: 'x', criteria: [] });
const meeting: Meeting = parseMeeting({ id: 'x', cellId: 'c', kind: 'regular', scheduledAt: new Date(), place: 'p' });
const base: VotingBase = votingBase(meeting, []);
const size: number = base.size;
// @ts-expect-error: the size is a number
const wrong: string = base.size;
export { size, wrong, lunar, sheet, scheme, machineId, snapshotVersion };
`;
  for (const file of ['consumer.cts', 'consumer.mts', 'consumer.ts'])
    writeFileSync(join(app, file), consumer);
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const check = (
    resolution: string,
    module: string,
    files: string[],
    extra: string[] = [],
  ) => {
    execFileSync(
      'node',
      [
        tsc,
        '--noEmit',
        '--strict',
        '--module',
        module,
        '--moduleResolution',
        resolution,
        '--target',
        'es2022',
        ...extra,
        ...files,
      ],
      { cwd: app, stdio: 'inherit' },
    );
    console.log(
      `types ok (moduleResolution ${resolution}: ${files.join(', ')})`,
    );
  };
  check('node16', 'node16', ['consumer.cts', 'consumer.mts']);
  check('bundler', 'esnext', ['consumer.ts']);
  // Old setups (moduleResolution node10 ignores `exports`): the subpath
  // entries of core resolve through their folders' package.json.
  writeFileSync(
    join(app, 'legacy.ts'),
    `import { parseMember } from '@chibo/core';
import { createMeetingActor } from '@chibo/core/machine';
import { restoreMeeting } from '@chibo/core/persist';
import { type RatingScheme, anPhuScheme } from '@chibo/core/rating';
const scheme: RatingScheme = anPhuScheme;
export { parseMember, createMeetingActor, restoreMeeting, scheme };
`,
  );
  // zod's own declarations need esModuleInterop there, as such setups have.
  check('node10', 'commonjs', ['legacy.ts'], ['--esModuleInterop']);

  // The command line, as a system that is not JavaScript calls it.
  const chibo = join(app, 'node_modules', '.bin', 'chibo');
  const version = run(chibo, ['--version'], app).trim();
  const lunar = run(chibo, ['lunar', '2027-02-06', '--json'], app);
  if (!/\d+\.\d+\.\d+/.test(version) || JSON.parse(lunar).lunar?.day !== 1)
    throw new Error(`chibo does not run from its tarball: ${version} ${lunar}`);
  console.log(`cli ok (chibo ${version}: 2027-02-06 is lunar 1/1)`);

  // The README's demo, as an adopter copies it, on the installed tarballs
  // (no @chibo/source condition: the packages' built dist is what runs).
  const demo = join(app, 'quickstart');
  mkdirSync(demo);
  const source = join(root, 'examples', 'quickstart', 'src');
  for (const file of readdirSync(source).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
  ))
    cpSync(join(source, file), join(demo, file));
  const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const output = run('node', [tsx, 'main.ts', '--out=out'], demo);
  const written = readdirSync(join(demo, 'out')).sort().join(', ');
  if (
    !output.includes('trạng thái cuối: closed') ||
    written !==
      'bao-cao-nam-2027.docx, bien-ban.docx, lich-sinh-hoat-2027.ics, nghi-quyet.docx, phieu-cham-diem.docx, so-thu-dang-phi-2027.csv, so-thu-dang-phi-2027.docx'
  )
    throw new Error(`the quickstart did not run on the tarballs: ${written}`);
  console.log(`quickstart ok on the tarballs (${written})`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
