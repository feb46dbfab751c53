import { button, h } from './dom';

const DOCX_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Offer bytes to the browser as a file download: a `Blob`, an object URL and
 * an `<a download>` clicked once.
 * @param bytes - the file.
 * @param fileName - the name to save it under.
 */
function downloadFile(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], {
    type: DOCX_TYPE,
  });
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The options of {@link downloadButton}. */
export interface DownloadButtonOptions {
  /** The button's text. */
  label: string;
  /** Its `data-testid`. */
  testId: string;
  /** The document in words, e.g. `'biên bản'`, for the messages. */
  what: string;
  /** The name to save it under, e.g. `'bien-ban.docx'`. */
  fileName: string;
  /** Where the button says how it went. */
  message: HTMLElement;
  /** Render the .docx in the page. */
  render: () => Promise<Uint8Array>;
}

/**
 * A button that renders a .docx in the page (with `@chibo/docx`) and
 * downloads it, saying in `message` how it went.
 * @param options - its text, the file and how to render it.
 * @returns the button.
 */
export function downloadButton(
  options: DownloadButtonOptions,
): HTMLButtonElement {
  const { label, testId, what, fileName, message, render } = options;
  return button(label, testId, async () => {
    message.textContent = `Đang tạo ${what}…`;
    try {
      const bytes = await render();
      downloadFile(bytes, fileName);
      message.textContent = `Đã tạo ${what} (${Math.round(bytes.length / 1024)} KB).`;
    } catch (error) {
      message.textContent = `Không tạo được ${what}: ${error instanceof Error ? error.message : String(error)}`;
    }
  });
}
