import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseMeetingRecord } from '@chibo/core/schemas';
import { marchRecord } from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import { getSamples } from '../scripts/samples';
import { chibo } from './support';

const examples = fileURLToPath(new URL('../examples/', import.meta.url));
/** A shipped sample's value (Biome formats the files: their text is its own). */
const shipped = (name: string): unknown =>
  JSON.parse(readFileSync(`${examples}${name}`, 'utf8'));

describe('the samples in examples/ (a team outside JavaScript starts from a file)', () => {
  it.each(Object.keys(getSamples()))(
    '%s is up to date (else run pnpm --filter @chibo/cli sample)',
    (name) => {
      expect(shipped(name)).toEqual(JSON.parse(getSamples()[name] ?? ''));
    },
  );

  it('record.json is the SCENARIO March 2027 record and validates', () => {
    const record = shipped('record.json');
    expect(record).toEqual(JSON.parse(JSON.stringify(marchRecord)));
    expect(() => parseMeetingRecord(record)).not.toThrow();
  });

  it('chibo validate accepts the shipped record, and chibo schema prints the shipped schema', async () => {
    const valid = await chibo(['validate', `${examples}record.json`]);
    expect(valid.code).toBe(0);
    const schema = await chibo(['schema', 'meeting-record']);
    expect(JSON.parse(schema.out)).toEqual(shipped('record.schema.json'));
  });

  it('package.json ships examples/', () => {
    const pkg = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    );
    expect(pkg.files).toContain('examples');
  });
});
