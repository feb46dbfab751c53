/**
 * The placeholder vocabulary of `@chibo/docx/template` (issue 15 §5): the
 * data a minutes template is filled with, as types.
 */
import type { MinutesOptions } from '../minutes';

/**
 * The options of a minutes template: those of the built-in minutes that
 * change their text (the page is the template's own).
 */
export type TemplateOptions = Pick<
  MinutesOptions,
  'locale' | 'placeName' | 'number' | 'issuerCode' | 'date'
>;

/** One opinion: who spoke and what they said. */
export interface TemplateOpinion {
  /** The speaker's name. */
  speaker: string;
  /** What they said. */
  text: string;
  /** The paragraph the built-in minutes print: "- Đồng chí Hà Văn Sơn: …". */
  line: string;
}

/** One agenda item with what the record holds on it (R-DOC-6b). */
export interface TemplateAgendaItem {
  /** Its place in the agenda, from 1. */
  number: number;
  title: string;
  /** Who presented it; `''` when not recorded. */
  presenter: string;
  /** How long, e.g. "12 phút"; `''` when not recorded. */
  duration: string;
  /** What was presented; `''` when not recorded. */
  summary: string;
  /** The opinions on this item, in order. */
  opinions: TemplateOpinion[];
  /** The chair's conclusion on this item; `''` when none. */
  conclusion: string;
  /**
   * The paragraphs the built-in minutes print under "Nội dung N: …": who
   * presented what, each opinion, "Không có ý kiến phát biểu." where the
   * record says so, the conclusion, or "Nội dung chưa được ghi.".
   */
  lines: string[];
}

/** One task of last month's resolution with its review (R-TASK-1). */
export interface TemplateReviewedTask {
  number: number;
  task: string;
  assignees: string;
  /** Status, progress, result, reason, as the built-in table prints it. */
  result: string;
}

/** One task the meeting assigned (R-DOC-7b). */
export interface TemplateTask {
  number: number;
  description: string;
  /** Members, the chi ủy, the cell, a mass organisation, a group head. */
  assignees: string;
  /** "ngày 20 tháng 3 năm 2027". */
  due: string;
}

/** One signature column: its titles and the signer's name. */
export interface TemplateSignature {
  /** The titles above the signature, joined with a space: "THƯ KÝ". */
  title: string;
  name: string;
}

/**
 * Everything a minutes template can insert (the placeholder vocabulary of
 * `@chibo/docx/template`), built from the same record context and the same
 * builders as `buildMinutes`: every text is the built-in minutes' text,
 * cleaned as they clean it (R-DOC-8). A `line` or `lines` is a paragraph as
 * the built-in minutes print it, dash included; the other fields are the
 * values alone, for a form that words its own sentences.
 */
export interface MinutesTemplateData {
  /** The document's language. */
  locale: 'vi' | 'en';
  /** The two-column header (R-DOC-2, R-DOC-3, R-DOC-4). */
  header: {
    /** The superior organisation, in capitals. */
    superior: string;
    /** The issuing cell, in capitals. */
    issuer: string;
    /** "ĐẢNG CỘNG SẢN VIỆT NAM". */
    party: string;
    /** "Số 03-BB/CB". */
    number: string;
    /** "Xuân Quang, ngày 09 tháng 3 năm 2027". */
    placeAndDate: string;
    /** The place of the date line. */
    place: string;
    /** The document's date, `YYYY-MM-DD`. */
    date: string;
  };
  /** The title block: "BIÊN BẢN" and the lines under it (R-DOC-5). */
  title: { name: string; lines: string[] };
  /** Section I: "- Thời gian: …", "- Địa điểm: …". */
  timeAndPlace: { lines: string[] };
  /** Where the meeting was held. */
  place: string;
  /** Section II, who attended (R-ATT-1), as printed, and its figures. */
  attendance: {
    lines: string[];
    chair: string;
    recorder: string;
    guests: Array<{ name: string; title: string; role: string }>;
    /** Members of the cell. */
    members: number;
    /** Members expected to attend. */
    expected: number;
    present: number;
    /** "93,75%", or "không xác định". */
    rate: string;
    absentExcused: Array<{ name: string; reason: string }>;
    /** The names of the members absent without a reason. */
    absentUnexcused: string[];
    /** Dues collected at the meeting, as printed; none when not recorded. */
    dues: string[];
  };
  /** The agenda, item by item, with its content (R-DOC-6, R-DOC-6b). */
  agenda: TemplateAgendaItem[];
  /** Opinions tied to no item of the agenda (nothing is dropped, R-DOC-8). */
  otherOpinions: TemplateOpinion[];
  /** The review of last month's resolution (R-TASK-1). */
  review: TemplateReviewedTask[];
  /**
   * The chair's overall conclusion. `heading` is the numbered heading the
   * built-in minutes give it ("4. Kết luận của đồng chí chủ trì"), `''` when
   * an agenda item already printed it (R-DOC-6b).
   */
  conclusion: { heading: string; text: string };
  /** The tasks assigned; `heading` is `''` when there are none. */
  tasks: { heading: string; items: TemplateTask[] };
  /** Each vote as printed (R-VOTE-1..4); `none` says no vote was taken. */
  votes: { lines: string[]; none: string };
  /** The quality rating as printed (R-RATE-3). */
  rating: { lines: string[] };
  /** The closing line (R-DOC-2b), after any postponement or cancellation. */
  closing: { lines: string[] };
  /** The signatures: the recorder on the left, the chair on the right. */
  signatures: { left: TemplateSignature; right: TemplateSignature };
}
