import { parseArgs } from 'node:util';
import { ChiboError } from '@chibo/core';
import type { ChiboServerOptions } from './createServer';

/** Where the server listens, and its options, from the command line. */
export interface ServerArgs {
  host: string;
  port: number;
  options: ChiboServerOptions;
  /** The PostgreSQL server of the meeting store (`DATABASE_URL`). */
  databaseUrl?: string | undefined;
  /** Where an embedded PGlite keeps the meeting store (`--data-dir`). */
  dataDir?: string | undefined;
}

/** The default `--host`: the loopback interface only. */
export const DEFAULT_HOST = '127.0.0.1';

function whole(
  name: string,
  text: string | undefined,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (/^\d+$/.test(text) && value <= max) return value;
  throw new ChiboError('invalid-argument', {
    vi: `${name} phải là số nguyên từ 0 đến ${max}, không phải "${text}".`,
    en: `${name} must be a whole number from 0 to ${max}, not "${text}".`,
  });
}

/**
 * Read `main.ts`'s command line: `--host` (default 127.0.0.1, so that only
 * this machine can call the server), `--port` (or `PORT`, default 3000),
 * `--token` (or `CHIBO_SERVER_TOKEN`, which keeps the secret out of `ps`),
 * `--workers` and `--time-limit` (milliseconds); for the meeting store,
 * `DATABASE_URL` (a PostgreSQL server) or `--data-dir` (where PGlite keeps
 * it; without either, it lives in memory).
 *
 * @param argv - the arguments after the script's name.
 * @param env - the environment.
 * @returns the address and the server's options.
 * @throws ChiboError `invalid-argument` for an unknown option or a bad number.
 * @example
 * ```ts
 * getServerArgs(['--host', '0.0.0.0'], { PORT: '8080' });
 * // { host: '0.0.0.0', port: 8080, options: {} }
 * ```
 */
export function getServerArgs(
  argv: string[],
  env: Record<string, string | undefined>,
): ServerArgs {
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      // `npm start -- --port 8080` passes the `--` along.
      args: argv[0] === '--' ? argv.slice(1) : argv,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        token: { type: 'string' },
        workers: { type: 'string' },
        'time-limit': { type: 'string' },
        'data-dir': { type: 'string' },
      },
    }).values;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ChiboError(
      'invalid-argument',
      { vi: `Tham số không hợp lệ: ${detail}`, en: `Bad argument: ${detail}` },
      { cause: error },
    );
  }
  const token = values.token ?? (env.CHIBO_SERVER_TOKEN || undefined);
  const workers = whole('--workers', values.workers);
  const timeLimit = whole('--time-limit', values['time-limit']);
  const databaseUrl = env.DATABASE_URL || undefined;
  const dataDir = values['data-dir'];
  return {
    ...(databaseUrl === undefined ? {} : { databaseUrl }),
    ...(dataDir === undefined ? {} : { dataDir }),
    host: values.host ?? DEFAULT_HOST,
    port: whole('--port', values.port ?? env.PORT, 65535) ?? 3000,
    options: {
      ...(token === undefined ? {} : { token }),
      ...(workers === undefined ? {} : { workers }),
      ...(timeLimit === undefined ? {} : { timeLimit }),
    },
  };
}
