import type { Locale } from '@chibo/core';

/** 128 + the signal's number, as shells report a run a signal stopped. */
const SIGNALS = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Stop cleanly on Ctrl-C (SIGINT), SIGTERM or SIGHUP: one line on stderr and
 * exit code 130, 143 or 129. Nothing is left half-written: outputs are
 * written synchronously through a temporary file (`writeFileAtomic`), so
 * when this handler runs every output is whole or absent and no temporary
 * file exists; the documents already finished in a batch stay.
 *
 * @param locale - the language of the message.
 */
export function exitOnSignals(locale: Locale): void {
  for (const [signal, exitCode] of Object.entries(SIGNALS)) {
    process.once(signal, () => {
      // After the ^C a terminal echoes, start a line of our own.
      const start = process.stderr.isTTY ? '\n' : '';
      process.stderr.write(
        locale === 'vi'
          ? `${start}chibo: đã dừng (${signal}).\n`
          : `${start}chibo: stopped (${signal}).\n`,
      );
      process.exit(exitCode);
    });
  }
}
