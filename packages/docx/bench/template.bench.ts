/**
 * Issue 15 §5, speed of the template path: the SCENARIO minutes through the
 * shipped template (`renderTemplate`: the vocabulary from the record,
 * the command check, docx-templates, the deterministic re-zip) beside the
 * built-in `renderMinutes` on the same record, in interleaved rounds and in
 * CPU time, with the ratio printed. Target: the template path ≤ 2× the
 * built-in path.
 */
import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { MINUTES_TEMPLATE_PATH } from '../scripts/buildMinutesTemplate';
import { renderMinutes } from '../src/index';
import { renderTemplate } from '../src/template/index';
import { ratedMarchRecord } from '../src/testSupport/records';
import { measureCpu } from './measureCpu';

const template = new Uint8Array(readFileSync(MINUTES_TEMPLATE_PATH));

const paths = {
  'template path: renderTemplate(bien-ban.docx)': () =>
    renderTemplate(template, ratedMarchRecord),
  'built-in path: renderMinutes': () => renderMinutes(ratedMarchRecord),
} satisfies Record<string, () => Promise<Uint8Array>>;
type PathName = keyof typeof paths;

// Check both paths before measuring (vitest's bench hides a task that
// throws), then report the ratio side by side.
{
  const ms = await measureCpu(paths, 11, 10);
  const templated = ms['template path: renderTemplate(bien-ban.docx)'];
  const builtIn = ms['built-in path: renderMinutes'];
  process.stdout.write(
    `\nissue 15 §5, the SCENARIO minutes (median CPU per document):\n` +
      `  template path: ${templated.toFixed(2)} ms\n` +
      `  built-in path: ${builtIn.toFixed(2)} ms\n` +
      `  template ÷ built-in: ${(templated / builtIn).toFixed(2)} (target ≤ 2)\n\n`,
  );
}

const timing = { time: 3_000, warmupIterations: 5 };

describe('the SCENARIO minutes: template path beside the built-in path (issue 15 §5)', () => {
  for (const name of Object.keys(paths) as PathName[]) {
    bench(
      name,
      async () => {
        await paths[name]();
      },
      timing,
    );
  }
});
