/**
 * What a template may ask for (issue 15 §5): docx-templates runs the code of
 * its commands as JavaScript, so chibo lets no code run at all. Every
 * command is read first and refused unless it is a plain look-up of the
 * data (`{{header.number}}`, `{{$item.title}}`), a loop over a list of it
 * (`{{FOR item IN agenda}}`) or a condition on it (`{{IF $item.summary}}`);
 * then the commands are evaluated by {@link lookUp}, which walks the data and
 * evaluates nothing.
 */
import type { ChiboIssue } from '@chibo/core';
import { listCommands } from 'docx-templates';
import { argumentError } from '../argumentError';

/** The command delimiters of chibo's templates: `{{header.number}}`. */
export const TEMPLATE_DELIMITERS: readonly [string, string] = Object.freeze([
  '{{',
  '}}',
]) as readonly [string, string];

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
/** `header.number`, `$item.opinions`, `agenda[0].title`, `$idx`. */
const PATH = new RegExp(`^\\$?${NAME}(?:\\.${NAME}|\\[\\d+\\])*$`);
const FOR = new RegExp(`^(${NAME})\\s+IN\\s+(.+)$`, 'i');
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

/** The steps of a path: `agenda[0].title` → `agenda`, `0`, `title`. */
function pathSteps(code: string): string[] {
  return code
    .split('.')
    .flatMap((part) => part.split(/\[(\d+)\]/).filter((p) => p !== ''));
}

/**
 * Whether a command's code is a plain path into the data, with no step that
 * reaches an object's machinery (`constructor`, `__proto__`, `__code__`).
 */
function isPath(code: string): boolean {
  return (
    PATH.test(code) &&
    pathSteps(code).every(
      (step) => !FORBIDDEN.has(step) && !step.startsWith('__'),
    )
  );
}

/** Whether a command is allowed, given its type and code. */
function isAllowed(type: string, code: string): boolean {
  const trimmed = code.trim();
  switch (type) {
    case 'INS':
    case 'IF':
      return isPath(trimmed);
    case 'FOR': {
      const match = FOR.exec(trimmed);
      const path = match?.[2]?.trim() ?? '';
      return match !== null && isPath(path);
    }
    case 'END-FOR':
    case 'END-IF':
      return true;
    default:
      return false;
  }
}

const REFUSED = (raw: string) => ({
  vi: `Mẫu không được chạy mã: lệnh "${raw}" bị từ chối. Mẫu chỉ được chèn một giá trị theo tên (như {{header.number}}), lặp {{FOR item IN agenda}} … {{END-FOR item}} và xét điều kiện {{IF $item.summary}} … {{END-IF}}.`,
  en: `A template may not run code: the command "${raw}" is refused. A template may only insert a value by its name (such as {{header.number}}), loop with {{FOR item IN agenda}} … {{END-FOR item}} and test {{IF $item.summary}} … {{END-IF}}.`,
});

/**
 * Read every command of a template and refuse the template when one of
 * them is more than a look-up, a loop or a condition on the data (EXEC,
 * QUERY, IMAGE, LINK, HTML, ALIAS, any expression), or when the file is not
 * a .docx template docx-templates can read.
 *
 * @param template - the .docx template.
 * @throws ChiboError `invalid-argument` with one issue per refused command,
 *   each at `['template', 'commands', index]`.
 */
export async function checkTemplateCommands(
  template: Uint8Array,
): Promise<void> {
  let commands: Awaited<ReturnType<typeof listCommands>>;
  try {
    commands = await listCommands(toArrayBuffer(template), [
      ...TEMPLATE_DELIMITERS,
    ]);
  } catch (error) {
    throw templateError(
      {
        vi: `Không đọc được mẫu .docx: ${describe(error)}`,
        en: `The .docx template cannot be read: ${describe(error)}`,
      },
      error,
    );
  }
  const issues: ChiboIssue[] = [];
  commands.forEach((command, index) => {
    if (!isAllowed(command.type, command.code)) {
      issues.push({
        path: ['template', 'commands', index],
        code: 'custom',
        message: REFUSED(command.raw.trim()),
        rule: 'R-DOC-8',
      });
    }
  });
  if (issues.length > 0) throw argumentError('template', issues);
}

/** The message of whatever was thrown. */
export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The `invalid-argument` error of a template that cannot be used.
 *
 * @param message - what is wrong, in Vietnamese and English.
 * @param cause - the error docx-templates raised.
 * @returns the error, to throw.
 */
export function templateError(
  message: { vi: string; en: string },
  cause?: unknown,
) {
  return argumentError(
    'template',
    [{ path: ['template'], code: 'custom', message }],
    cause,
  );
}

/**
 * An `ArrayBuffer` holding exactly the bytes of a view, as docx-templates'
 * types ask for.
 *
 * @param bytes - the bytes.
 * @returns a copy of them.
 */
export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer as ArrayBuffer;
}

const UNKNOWN = (code: string) => ({
  vi: `Mẫu dùng tên "${code}" không có trong dữ liệu của biên bản (xem bảng tên trường trong docs/docx.md).`,
  en: `The template uses "${code}", which the minutes' data does not hold (see the table of placeholders in docs/docx.md).`,
});

const LIST = (code: string) => ({
  vi: `"${code}" là một danh sách: dùng {{FOR x IN ${code}}} … {{END-FOR x}} để in từng phần tử.`,
  en: `"${code}" is a list: use {{FOR x IN ${code}}} … {{END-FOR x}} to print each item.`,
});

/**
 * A list as the data holds it, which a loop can walk but which cannot be
 * inserted as text ("a,b" or "[object Object]" must not reach a document).
 */
function loopOnly(list: readonly unknown[], code: string): unknown[] {
  const copy = [...list];
  Object.defineProperty(copy, 'toString', {
    value: () => {
      throw templateError(LIST(code));
    },
  });
  return copy;
}

/**
 * Evaluate a command's code as docx-templates' `runJs` option asks: the
 * code (already checked to be a plain path) is looked up in the sandbox's
 * own properties, step by step; nothing is evaluated. An unknown name is a
 * `ChiboError` (a typo in a template must not print an empty field).
 *
 * @param input - the sandbox docx-templates prepares: the data, the loop
 *   variables (`$item`), `$idx`, and the code as `__code__`.
 * @returns the sandbox unchanged, and the value.
 */
export function lookUp(input: { sandbox: Record<string, unknown> }): {
  modifiedSandbox: Record<string, unknown>;
  result: unknown;
} {
  const { sandbox } = input;
  const code = String(sandbox.__code__ ?? '').trim();
  if (!isPath(code)) throw templateError(REFUSED(code));
  let value: unknown = sandbox;
  for (const part of pathSteps(code)) {
    if (
      typeof value !== 'object' ||
      value === null ||
      !Object.hasOwn(value, part)
    ) {
      throw templateError(UNKNOWN(code));
    }
    value = (value as Record<string, unknown>)[part];
  }
  const result = Array.isArray(value) ? loopOnly(value, code) : value;
  return { modifiedSandbox: sandbox, result };
}
