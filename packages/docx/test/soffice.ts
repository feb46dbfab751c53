/**
 * LibreOffice for the word-processor tests: whether it is there, and one
 * headless run that prints many .docx files to PDF.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { reportProgress, slowTestTimeout } from '@chibo/scenario/test-budget';

/**
 * Whether a command is on the PATH.
 *
 * @param command - e.g. `soffice`.
 * @returns true when it is.
 */
export const hasCommand = (command: string): boolean =>
  spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0 ||
  spawnSync('which', [command], { stdio: 'ignore' }).status === 0;

/**
 * Print .docx files to PDF beside them in `dir`, with a profile of its own
 * so that parallel runs do not share one.
 *
 * @param dir - the folder of the files, where the PDFs go.
 * @param files - the paths of the .docx files.
 * @param label - what the progress line says.
 */
export function convertToPdf(dir: string, files: string[], label: string) {
  reportProgress(label, 0, files.length);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...files,
    ],
    { stdio: 'ignore', timeout: slowTestTimeout * 2 },
  );
  reportProgress(label, files.length, files.length);
}

/**
 * Whether a word-processor suite can run: on CI (`CI=true`) the tools must
 * be there and their absence throws; elsewhere it says loudly that the
 * suite is skipped.
 *
 * @param commands - the tools the suite needs.
 * @param suite - what is skipped, for the warning.
 * @returns true when every tool is there.
 */
export function canRunWith(commands: string[], suite: string): boolean {
  const available = commands.every(hasCommand);
  if (!available && process.env.CI === 'true') {
    throw new Error(
      `CI=true but one of ${commands.join(', ')} is missing: install libreoffice-writer-nogui and poppler-utils.`,
    );
  }
  if (!available) {
    console.warn(
      `\n${'*'.repeat(78)}\n*** @chibo/docx: ${commands.join(', ')} NOT FOUND: ${suite} is SKIPPED. ***\n*** Install libreoffice-writer-nogui and poppler-utils. ***\n${'*'.repeat(78)}\n`,
    );
  }
  return available;
}
