import { ChiboError } from '@chibo/core';
import { describe, expect, it } from 'vitest';
import { getServerArgs } from './serverArgs';

describe('getServerArgs', () => {
  it('listens on 127.0.0.1:3000 by default, with no token', () => {
    expect(getServerArgs([], {})).toEqual({
      host: '127.0.0.1',
      port: 3000,
      options: {},
    });
  });

  it('takes --host, --port (or PORT), --workers and --time-limit', () => {
    expect(
      getServerArgs(
        ['--host', '0.0.0.0', '--workers', '2', '--time-limit', '5000'],
        { PORT: '8080' },
      ),
    ).toEqual({
      host: '0.0.0.0',
      port: 8080,
      options: { workers: 2, timeLimit: 5000 },
    });
    expect(getServerArgs(['--port', '0'], { PORT: '8080' }).port).toBe(0);
    expect(getServerArgs(['--', '--port', '8081'], {}).port).toBe(8081);
  });

  it('takes the token from --token or CHIBO_SERVER_TOKEN; an empty variable is none', () => {
    expect(getServerArgs([], { CHIBO_SERVER_TOKEN: 's3cret' }).options).toEqual(
      { token: 's3cret' },
    );
    expect(
      getServerArgs(['--token', 'cli'], { CHIBO_SERVER_TOKEN: 'env' }).options,
    ).toEqual({ token: 'cli' });
    expect(getServerArgs([], { CHIBO_SERVER_TOKEN: '' }).options).toEqual({});
  });

  it.each([
    [['--port', '70000']],
    [['--port', 'http']],
    [['--port', '-1']],
    [['--workers', '1.5']],
    [['--host']],
    [['--verbose']],
  ])('refuses %o with a ChiboError', (argv) => {
    expect(() => getServerArgs(argv, {})).toThrow(ChiboError);
  });
});
