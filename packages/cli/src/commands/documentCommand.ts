import { statSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Locale, LocalizedText } from '@chibo/core';
import {
  getFlag,
  getInputPath,
  getString,
  type OptionSpec,
  type ParsedArgs,
  UsageError,
} from '../args';
import { runBatch } from '../batch';
import { CliError, EXIT, fileError } from '../cliError';
import type { Command } from '../command';
import { isSameFile, readJson, writeOutput } from '../io';
import { describeWrittenFile, type WrittenFile } from '../writtenFile';

type Render = (
  record: unknown,
  locale: Locale,
  args: ParsedArgs,
) => Promise<Uint8Array>;

interface DocumentCommandSpec {
  name: string;
  summary: LocalizedText;
  example: string;
  render: Render;
  /** The command's own options, their usage and help lines. */
  extra?: {
    options: OptionSpec;
    usage: string;
    help: LocalizedText;
    /** Checks of the command line, before anything is read. */
    check?: ((args: ParsedArgs) => void) | undefined;
  };
}

/** `--json`: the files written, each with its size and SHA-256 (R-DOC-9). */
async function printWritten(written: WrittenFile[]): Promise<void> {
  await writeOutput(
    undefined,
    `${JSON.stringify({ files: written }, null, 2)}\n`,
  );
}

/**
 * The `*.json` entries of a folder, in name order. Symbolic links are kept:
 * one to a file is followed, and one that is broken or points to a folder
 * fails when it is read, as a line of the summary (never skipped silently).
 */
async function listJsonFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(
    (error: unknown) => {
      throw fileError('read', dir, error);
    },
  );
  return entries
    .filter(
      (e) => (e.isFile() || e.isSymbolicLink()) && e.name.endsWith('.json'),
    )
    .map((e) => e.name)
    .sort();
}

/** Create the output folder, unless it is the input folder. */
async function createOutputDir(out: string, dir: string): Promise<void> {
  const input = statSync(dir);
  const output = statSync(out, { throwIfNoEntry: false });
  if (output && isSameFile(input, output)) {
    throw new CliError(EXIT.cannotCreate, {
      vi: `Thư mục đầu ra ${out} chính là thư mục đầu vào ${dir}: hãy chọn thư mục khác.`,
      en: `The output directory ${out} is the input directory ${dir}: choose another one.`,
    });
  }
  await mkdir(out, { recursive: true }).catch((error: unknown) => {
    throw fileError('write', out, error);
  });
}

async function runBatchCommand(
  args: ParsedArgs,
  locale: Locale,
  render: Render,
): Promise<number> {
  const dir = getString(args, 'batch') as string;
  const out = getString(args, 'output');
  if (out === undefined || out === '-') {
    throw new UsageError({
      vi: '--batch cần -o <thư mục đầu ra>.',
      en: '--batch needs -o <output directory>.',
    });
  }
  if (args.positionals.length > 0) {
    throw new UsageError({
      vi: 'Với --batch, không truyền thêm tệp đầu vào.',
      en: 'With --batch, give no input file.',
    });
  }
  const files = await listJsonFiles(dir);
  await createOutputDir(out, dir);
  const { exitCode, written } = await runBatch(
    files.map((name) => ({
      name,
      input: join(dir, name),
      output: join(out, `${basename(name, '.json')}.docx`),
    })),
    async (input) => render(await readJson(input), locale, args),
    locale,
  );
  if (getFlag(args, 'json')) await printWritten(written);
  return exitCode;
}

/** `--json` prints to stdout, so the document must go to a file. */
function checkJsonOutput(args: ParsedArgs): void {
  const out = getString(args, 'output');
  if (getFlag(args, 'json') && (out === undefined || out === '-')) {
    throw new UsageError({
      vi: '--json in danh sách tệp đã ghi ra stdout nên cần -o <tệp>.',
      en: '--json prints the files written on stdout, so it needs -o <file>.',
    });
  }
}

/**
 * A command that renders a meeting record as a .docx: one record to `-o` or
 * stdout, or every `*.json` of a directory with `--batch`. With `--json` it
 * prints `{ "files": [{ path, bytes, sha256 }] }`, the SHA-256 of the bytes
 * written (R-DOC-9), so that an archive can keep it.
 */
export function documentCommand(spec: DocumentCommandSpec): Command {
  const extra = spec.extra ?? {
    options: {},
    usage: '',
    help: { vi: '', en: '' },
  };
  return {
    name: spec.name,
    summary: spec.summary,
    usage: `${spec.name} [record.json|-]${extra.usage} [-o out.docx] [--json]\n  chibo ${spec.name} --batch <dir> -o <out-dir> [--json]`,
    help: {
      vi: `Đầu vào: hồ sơ cuộc họp (MeetingRecord) từ tệp hoặc stdin.\nTùy chọn:\n  -o, --output <tệp>   ghi ra tệp (mặc định: stdout, không phải màn hình)\n  --batch <thư mục>    làm mọi *.json trong thư mục, ghi vào thư mục -o\n  --json               in các tệp đã ghi kèm số byte và SHA-256 (cần -o)\n${extra.help.vi}  --lang vi|en         ngôn ngữ văn bản và thông báo\nVí dụ: ${spec.example}`,
      en: `Input: a meeting record (MeetingRecord) from a file or stdin.\nOptions:\n  -o, --output <file>  write to a file (default: stdout, never a terminal)\n  --batch <dir>        render every *.json of the directory into the -o directory\n  --json               print the files written with their size and SHA-256 (needs -o)\n${extra.help.en}  --lang vi|en         language of the document and the messages\nExample: ${spec.example}`,
    },
    options: {
      output: { type: 'string', short: 'o' },
      batch: { type: 'string' },
      json: { type: 'boolean' },
      ...extra.options,
    },
    async run(args, locale) {
      checkJsonOutput(args);
      extra.check?.(args);
      if (getString(args, 'batch') !== undefined) {
        return runBatchCommand(args, locale, spec.render);
      }
      const record = await readJson(getInputPath(args));
      const bytes = await spec.render(record, locale, args);
      const out = getString(args, 'output');
      await writeOutput(out, bytes);
      if (out !== undefined && getFlag(args, 'json')) {
        await printWritten([describeWrittenFile(out, bytes)]);
      }
      return 0;
    },
  };
}
