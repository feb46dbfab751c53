import { safeParseEntity } from '@chibo/core';
import { getFlag, getInputPath, getString } from '../args';
import { EXIT } from '../cliError';
import type { Command } from '../command';
import { readJson, writeOutput } from '../io';
import { ENTITY_NAMES, getEntityName } from './schema';

/** `chibo validate`: check a record (or another entity) and list every problem. */
export const validate: Command = {
  name: 'validate',
  summary: {
    vi: 'Kiểm tra hồ sơ, liệt kê mọi lỗi kèm vị trí',
    en: 'Check a record and list every problem with its path',
  },
  usage: `validate [file.json|-] [--entity ${ENTITY_NAMES.join('|')}] [--json]`,
  help: {
    vi: 'Kiểm tra dữ liệu (mặc định: hồ sơ cuộc họp meeting-record), kể cả các ràng buộc chéo mà JSON Schema không diễn tả được. Mã thoát 0 nếu hợp lệ, 65 nếu có lỗi.\nTùy chọn:\n  --entity <tên>  thực thể cần kiểm tra (mặc định meeting-record)\n  --json          in { "valid", "issues" } cho máy đọc\nVí dụ: chibo validate ho-so-thang-3.json',
    en: 'Checks data (by default a meeting record), including the cross-references JSON Schema cannot express. Exit code 0 when valid, 65 when not.\nOptions:\n  --entity <name>  the entity to check (default meeting-record)\n  --json           print { "valid", "issues" } for machines\nExample: chibo validate record.json --lang en',
  },
  options: {
    entity: { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(args, locale) {
    const entity = getEntityName(getString(args, 'entity') ?? 'meeting-record');
    const result = safeParseEntity(entity, await readJson(getInputPath(args)));
    if (getFlag(args, 'json')) {
      const issues = result.success ? [] : result.error.issues;
      await writeOutput(
        undefined,
        `${JSON.stringify({ valid: result.success, issues }, null, 2)}\n`,
      );
      return result.success ? EXIT.ok : EXIT.dataError;
    }
    if (!result.success) throw result.error;
    await writeOutput(undefined, locale === 'vi' ? 'Hợp lệ.\n' : 'Valid.\n');
    return 0;
  },
};
