import { ChiboError, type ChiboIssue, type Locale } from '@chibo/core';
import { CivilDate } from '@chibo/core/schemas';
import { argumentError, LOCALE_MESSAGE } from './argumentError';
import { cleanText } from './cleanText';

/** Page margins in millimetres (R-DOC-1). */
export interface DocumentMargins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * The margins chibo uses unless told otherwise: 20/20/30/15 mm
 * (top/bottom/left/right). R-DOC-1 is [open] between this and 25/25/35/15.
 */
export const DEFAULT_MARGINS_MM: Readonly<DocumentMargins> = Object.freeze({
  top: 20,
  bottom: 20,
  left: 30,
  right: 15,
});

/** The font of Party documents (R-DOC-1). */
export const DEFAULT_FONT = 'Times New Roman';

/** The issuer code of a cell's documents (R-DOC-3, [open]). */
export const DEFAULT_ISSUER_CODE = 'CB';

/** The options every renderer takes. */
export interface DocumentOptions {
  /**
   * The language of the document; English renders the same structure for
   * foreign partners.
   * @defaultValue 'vi'
   */
  locale?: Locale | undefined;
  /**
   * The place in the date line (R-DOC-4), e.g. "Xuân Quang".
   * @defaultValue the cell's `placeName`; a document without either is refused
   */
  placeName?: string | undefined;
  /**
   * The document's number (R-DOC-3), a whole number (written with two digits
   * below 10) or the text to print as it is. The numbering scheme is [open].
   * @defaultValue the month of the meeting (numbers restart each year)
   */
  number?: number | string | undefined;
  /**
   * The issuer code after the slash (R-DOC-3, [open]).
   * @defaultValue 'CB'
   */
  issuerCode?: string | undefined;
  /**
   * The date of the document (R-DOC-4), ISO `YYYY-MM-DD` in Viet Nam time.
   * @defaultValue the day the meeting started
   */
  date?: string | undefined;
  /**
   * Page margins in millimetres; any side not given keeps its default
   * (R-DOC-1, [open]).
   * @defaultValue {@link DEFAULT_MARGINS_MM}: 20/20/30/15
   */
  margins?: Partial<DocumentMargins> | undefined;
  /**
   * The font of the whole document (R-DOC-1).
   * @defaultValue 'Times New Roman'
   */
  font?: string | undefined;
}

/** Options after defaults and checks. */
export interface ResolvedOptions {
  locale: Locale;
  placeName: string | undefined;
  number: number | string | undefined;
  issuerCode: string;
  date: string | undefined;
  margins: DocumentMargins;
  font: string;
  /** The resolution's "Nơi nhận:" lines, cleaned (R-DOC-7). */
  recipients: string[] | undefined;
}

/** What each text option must be: a string, or absent. */
const TEXT_MESSAGE = {
  vi: 'Phải là một chuỗi.',
  en: 'Must be a string.',
};

/** The document options, and the resolution's recipients. */
type OptionsInput = DocumentOptions & {
  recipients?: readonly string[] | undefined;
};

/**
 * Apply the defaults to the options and check them; every bad option is
 * reported at once.
 *
 * @param options - the caller's options.
 * @returns the resolved options.
 * @throws ChiboError `invalid-argument` listing every bad option.
 */
export function resolveOptions(options: OptionsInput = {}): ResolvedOptions {
  if (
    typeof options !== 'object' ||
    options === null ||
    Array.isArray(options)
  ) {
    throw argumentError('options', [
      {
        path: ['options'],
        code: 'invalid_type',
        message: {
          vi: 'Tùy chọn văn bản phải là một đối tượng hoặc để trống.',
          en: 'The document options must be an object, or left out.',
        },
      },
    ]);
  }
  const issues: ChiboIssue[] = [];
  const problem = (key: string, en: string, vi: string, rule?: string) =>
    issues.push({
      path: ['options', key],
      code: 'custom',
      message: { vi, en },
      rule,
    });
  /** A text option, cleaned; a value that is not a string is a problem. */
  const text = (key: 'placeName' | 'issuerCode' | 'font') => {
    const given: unknown = options[key];
    if (given === undefined) return undefined;
    if (typeof given === 'string') return cleanText(given);
    problem(key, TEXT_MESSAGE.en, TEXT_MESSAGE.vi);
    return undefined;
  };
  const locale = options.locale === undefined ? 'vi' : options.locale;
  if (locale !== 'vi' && locale !== 'en') {
    problem('locale', LOCALE_MESSAGE.en, LOCALE_MESSAGE.vi);
  }
  const given: unknown = options.margins;
  if (
    given !== undefined &&
    (typeof given !== 'object' || given === null || Array.isArray(given))
  ) {
    problem(
      'margins',
      'The margins must be an object { top, bottom, left, right }.',
      'Lề phải là một đối tượng { top, bottom, left, right }.',
      'R-DOC-1',
    );
  }
  const margins = { ...DEFAULT_MARGINS_MM, ...options.margins };
  for (const side of ['top', 'bottom', 'left', 'right'] as const) {
    const mm = margins[side];
    if (typeof mm !== 'number' || !Number.isFinite(mm) || mm < 0 || mm > 100) {
      problem(
        'margins',
        `The ${side} margin must be a number of millimetres from 0 to 100.`,
        `Lề ${side} phải là số milimét từ 0 đến 100.`,
        'R-DOC-1',
      );
    }
  }
  const { number } = options;
  if (
    number !== undefined &&
    (typeof number === 'number'
      ? !Number.isSafeInteger(number) || number < 1
      : typeof number !== 'string' || cleanText(number) === '')
  ) {
    problem(
      'number',
      'The document number must be a whole number from 1, or a non-empty text.',
      'Số văn bản phải là số nguyên từ 1 trở lên hoặc một chuỗi không rỗng.',
      'R-DOC-3',
    );
  }
  const issuerCode = text('issuerCode') ?? DEFAULT_ISSUER_CODE;
  if (issuerCode === '') {
    problem(
      'issuerCode',
      'The issuer code is empty.',
      'Ký hiệu cơ quan ban hành bị trống.',
      'R-DOC-3',
    );
  }
  const font = text('font') ?? DEFAULT_FONT;
  if (font === '') {
    problem(
      'font',
      'The font name is empty.',
      'Tên phông chữ bị trống.',
      'R-DOC-1',
    );
  }
  const placeName = text('placeName');
  if (placeName === '') {
    problem(
      'placeName',
      'The place name is empty.',
      'Địa danh bị trống.',
      'R-DOC-4',
    );
  }
  const { date } = options;
  if (
    date !== undefined &&
    (typeof date !== 'string' || !CivilDate.safeParse(date).success)
  ) {
    problem(
      'date',
      'The document date must be a real date, YYYY-MM-DD.',
      'Ngày văn bản phải là một ngày có thật, dạng YYYY-MM-DD.',
      'R-DOC-4',
    );
  }
  const { recipients } = options;
  if (
    recipients !== undefined &&
    !(
      Array.isArray(recipients) &&
      recipients.every((r) => typeof r === 'string')
    )
  ) {
    problem(
      'recipients',
      'The recipients must be a list of texts.',
      'Nơi nhận phải là một danh sách chuỗi.',
      'R-DOC-7',
    );
  }
  if (issues.length > 0) {
    throw new ChiboError(
      'invalid-argument',
      {
        vi: `Tùy chọn văn bản không hợp lệ: ${issues.length} lỗi.`,
        en: `Invalid document options: ${issues.length} problem${issues.length === 1 ? '' : 's'}.`,
      },
      { issues },
    );
  }
  return {
    locale,
    placeName,
    number: typeof number === 'string' ? cleanText(number) : number,
    issuerCode,
    date,
    margins,
    font,
    recipients: recipients?.map(cleanText),
  };
}
