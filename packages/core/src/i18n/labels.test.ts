import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type LabelledEnum, labels, labelsEn, labelsVi } from '../i18nEntry';
import { getLabel } from '../index';
import * as core from '../schemas';
import { VIETNAMESE_LETTER } from '../testSupport/fixtures';
import type { EnumSchemas } from './labels';

/** Each label table's enum, by its name in the tables. */
const enumsByTable: EnumSchemas = {
  ruleSet: core.RuleSetId,
  committeeLevel: core.CommitteeLevel,
  cellKind: core.CellKind,
  cellSector: core.CellSector,
  standing: core.MemberStanding,
  attachment: core.MemberAttachment,
  role: core.MemberRole,
  legalProceedings: core.LegalProceedings,
  meetingKind: core.MeetingKind,
  meetingMode: core.MeetingMode,
  meetingStatus: core.MeetingStatus,
  guestRole: core.GuestRole,
  attendanceStatus: core.AttendanceStatus,
  voteMode: core.VoteMode,
  voteChoice: core.VoteChoice,
  voteSubject: core.VoteSubject,
  disciplineForm: core.DisciplineForm,
  disciplineCompetence: core.DisciplineCompetence,
  disciplineOutcome: core.DisciplineOutcome,
  taskStatus: core.TaskStatus,
  ratingLevel: core.RatingLevel,
  severity: core.Severity,
  votingBaseExclusion: core.VotingBaseExclusion,
  notExpectedReason: core.NotExpectedReason,
  sanctionStatus: core.SanctionStatus,
  duesStatus: core.DuesStatus,
};

const tables = Object.entries(enumsByTable) as [
  LabelledEnum,
  z.ZodEnum<Record<string, string>>,
][];

const cases = tables.flatMap(([name, schema]) =>
  schema.options.map((value) => [name, value] as const),
);

describe('label tables', () => {
  it('cover every zod enum that core exports', () => {
    const exported = Object.entries(core)
      .filter(([, value]) => value instanceof z.ZodEnum)
      .map(([exportName]) => exportName)
      .sort();
    const labelled = Object.values(enumsByTable);
    const unlabelled = exported.filter(
      (exportName) =>
        !labelled.includes(
          (core as Record<string, unknown>)[exportName] as never,
        ),
    );
    expect(unlabelled).toEqual([]);
    expect(exported.length).toBe(tables.length);
  });

  it.each(tables)('%s: the tables hold exactly its values', (name, schema) => {
    const values = [...schema.options].sort();
    expect(Object.keys(labelsVi[name]).sort()).toEqual(values);
    expect(Object.keys(labelsEn[name]).sort()).toEqual(values);
  });

  it.each(cases)(
    '%s.%s has a Vietnamese and an English label',
    (name, value) => {
      const vi = (labelsVi[name] as Record<string, string>)[value] ?? '';
      const en = (labelsEn[name] as Record<string, string>)[value] ?? '';
      expect(vi.trim()).not.toBe('');
      expect(en.trim()).not.toBe('');
      expect(vi).toBe(vi.trim());
      expect(en).toBe(en.trim());
      expect(vi).not.toBe(en);
      expect(vi).toBe(vi.normalize('NFC'));
      expect(vi).toMatch(VIETNAMESE_LETTER);
    },
  );

  it('are the tables of `labels`', () => {
    expect(labels.vi).toBe(labelsVi);
    expect(labels.en).toBe(labelsEn);
  });
});

describe('getLabel', () => {
  it('defaults to Vietnamese', () => {
    expect(getLabel('attendanceStatus', 'absent-excused')).toBe(
      'Vắng có lý do',
    );
    expect(getLabel('role', 'secretary')).toBe('Bí thư');
    expect(getLabel('disciplineForm', 'expulsion')).toBe('Khai trừ');
  });

  it('gives English on request', () => {
    expect(getLabel('attendanceStatus', 'absent-excused', 'en')).toBe(
      'Absent with reason',
    );
    expect(getLabel('ratingLevel', 'good', 'en')).toBe('Good');
    expect(getLabel('ratingLevel', 'good', 'vi')).toBe('Tốt');
  });

  it.each(cases)('%s.%s reads the tables', (name, value) => {
    const label = getLabel(name, value as never);
    expect(label).toBe((labelsVi[name] as Record<string, string>)[value]);
    expect(getLabel(name, value as never, 'en')).toBe(
      (labelsEn[name] as Record<string, string>)[value],
    );
  });

  it('falls back to the value itself for a value it does not know', () => {
    expect(getLabel('ratingLevel', 'excellent' as never)).toBe('excellent');
  });
});
