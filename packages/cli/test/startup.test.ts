import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isVersionRequest } from '../src/startup';

// Issue 17 §2: `chibo --version` answers before any command, zod or docx is
// loaded, so it starts about as fast as node itself.

describe('chibo --version before the commands load', () => {
  it('knows a version request wherever the command would go', () => {
    expect(isVersionRequest(['--version'])).toBe(true);
    expect(isVersionRequest(['-v'])).toBe(true);
    expect(isVersionRequest(['--lang', 'en', '--debug', '--version'])).toBe(
      true,
    );
    expect(isVersionRequest(['--lang=en', '-v'])).toBe(true);
    expect(isVersionRequest(['minutes', '--version'])).toBe(false);
    expect(isVersionRequest(['--help'])).toBe(false);
    expect(isVersionRequest([])).toBe(false);
  });

  it('loads the commands only when a command runs', () => {
    const bin = readFileSync(new URL('../src/bin.ts', import.meta.url), 'utf8');
    const staticImports = bin.match(/^import .* from '.*';$/gm) ?? [];
    expect(staticImports.join('\n')).not.toMatch(/'\.\/(cli|args)'/);
    expect(bin).toContain("import('./cli')");
  });
});
