/**
 * The annual review of "The cell's year 2027" (SCENARIO.md, R-YEAR-1): the
 * criteria sheets a committee might hand the cell (chibo ships no criteria
 * of its own; these are samples) and what the cell judged. As plain data:
 * `createAnnualSheet` and `rateAnnualReviews` of `@chibo/core/year` take it.
 */
import { members } from '../index';

/** Text in Vietnamese and English. */
interface Text {
  vi: string;
  en: string;
}

/** A criteria sheet as plain data (the shape of `AnnualSheet`). */
export interface SheetInput {
  id: string;
  subject: 'member' | 'organisation';
  title: Text;
  criteria: Array<
    | { id: string; source: 'input'; maxPoints: number; label: Text }
    | {
        id: string;
        source: 'record';
        fact:
          | 'meetings-attended'
          | 'dues-paid'
          | 'meetings-rated-good'
          | 'meetings-rated-fair-or-better';
        maxPoints: number;
        label: Text;
        scale: {
          bands: Array<{ atLeast: number; points: number }>;
          otherwise: number;
        };
      }
  >;
}

/**
 * A member sheet shaped like a committee's: 70 points judged by the cell,
 * 30 from the records (attendance and dues).
 */
export const memberSheet: SheetInput = {
  id: 'test-member-sheet',
  subject: 'member',
  title: {
    vi: 'Phiếu đánh giá, xếp loại đảng viên (mẫu dùng cho kiểm thử)',
    en: 'Member review sheet (a sample for tests)',
  },
  criteria: [
    {
      id: 'politics-ethics',
      source: 'input',
      maxPoints: 30,
      label: {
        vi: 'Tư tưởng chính trị, phẩm chất đạo đức, lối sống',
        en: 'Political thought, ethics and way of life',
      },
    },
    {
      id: 'tasks',
      source: 'input',
      maxPoints: 40,
      label: {
        vi: 'Kết quả thực hiện nhiệm vụ được giao',
        en: 'Tasks assigned',
      },
    },
    {
      id: 'attendance',
      source: 'record',
      fact: 'meetings-attended',
      maxPoints: 20,
      label: { vi: 'Tham gia sinh hoạt chi bộ', en: 'Meeting attendance' },
      scale: {
        bands: [
          { atLeast: 90, points: 20 },
          { atLeast: 75, points: 15 },
          { atLeast: 50, points: 10 },
        ],
        otherwise: 5,
      },
    },
    {
      id: 'dues',
      source: 'record',
      fact: 'dues-paid',
      maxPoints: 10,
      label: { vi: 'Đóng đảng phí', en: 'Dues paid' },
      scale: {
        bands: [
          { atLeast: 100, points: 10 },
          { atLeast: 75, points: 5 },
        ],
        otherwise: 0,
      },
    },
  ],
};

/** An organisation sheet: 60 points judged, 40 from the meeting ratings. */
export const cellSheet: SheetInput = {
  id: 'test-cell-sheet',
  subject: 'organisation',
  title: {
    vi: 'Phiếu đánh giá, xếp loại chi bộ (mẫu dùng cho kiểm thử)',
    en: 'Cell review sheet (a sample for tests)',
  },
  criteria: [
    {
      id: 'leadership',
      source: 'input',
      maxPoints: 60,
      label: {
        vi: 'Lãnh đạo thực hiện nhiệm vụ',
        en: 'Leadership of the tasks',
      },
    },
    {
      id: 'meetings',
      source: 'record',
      fact: 'meetings-rated-fair-or-better',
      maxPoints: 40,
      label: { vi: 'Chất lượng sinh hoạt chi bộ', en: 'Quality of meetings' },
      scale: {
        bands: [
          { atLeast: 100, points: 40 },
          { atLeast: 75, points: 30 },
        ],
        otherwise: 20,
      },
    },
  ],
};

/** What the cell judged of itself: 44 of 60 (with 40 from the records, 84, good). */
export const cellInputs = { leadership: 44 } as const;

/**
 * The totals of the 16 rated members (Giàng A Páo, exempt, is not rated):
 * 3 excellent, 10 good, 2 completed, 1 not completed, with the boundaries
 * (90, 89.99, 70, 69.99, 49.99).
 */
export const memberTotals: Readonly<Record<string, number>> = {
  m01: 95,
  m02: 92,
  m03: 90,
  m04: 89.99,
  m05: 85,
  m06: 84,
  m07: 82,
  m09: 80,
  m10: 78,
  m11: 76,
  m12: 75,
  m13: 72,
  m15: 70,
  m16: 69.99,
  m17: 55,
  m08: 49.99,
};

const fullYear = () => ({
  'meetings-attended': {
    part: 12,
    whole: 12,
    source: { vi: 'Dự 12/12 cuộc', en: 'Attended 12 of 12' },
    refs: [] as string[],
  },
  'dues-paid': {
    part: 12,
    whole: 12,
    source: { vi: 'Đóng 12/12 tháng', en: 'Paid 12 of 12 months' },
    refs: [] as string[],
  },
});

/** A rated member's entry on `memberSheet`, as plain data. */
export interface MemberEntry {
  subjectId: string;
  name: string | undefined;
  inputs: { 'politics-ethics': number; tasks: number };
  facts: ReturnType<typeof fullYear>;
}

/**
 * Each rated member's entry on `memberSheet`: full records (30 points) and
 * the rest judged, split between the two judged criteria.
 */
export function getMemberEntries(): MemberEntry[] {
  return Object.entries(memberTotals).map(([subjectId, total]) => {
    const judged = Math.round((total - 30) * 100);
    const politics = Math.min(3000, Math.floor(judged / 2));
    return {
      subjectId,
      name: members.find((m) => m.id === subjectId)?.name,
      inputs: {
        'politics-ethics': politics / 100,
        tasks: (judged - politics) / 100,
      },
      facts: fullYear(),
    };
  });
}
