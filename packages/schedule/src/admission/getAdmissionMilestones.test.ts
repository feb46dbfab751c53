import { ChiboError } from '@chibo/core';
import { members } from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import { expectUnknownKey } from '../testSupport/unknownKey';
import { getAdmissionMilestones } from './getAdmissionMilestones';

/** SCENARIO.md: Hoàng Thị Ngọc, admitted by a decision dated 2026-12-10. */
const ngoc = {
  id: 'm17',
  name: 'Hoàng Thị Ngọc',
  standing: 'probationary',
  admittedOn: '2026-12-10',
} as const;
/** SCENARIO.md: Lò Văn Khánh, decision 2026-08-19, ceremony 2026-09-08. */
const khanh = {
  id: 'm15',
  name: 'Lò Văn Khánh',
  standing: 'probationary',
  admittedOn: '2026-08-19',
  admissionCeremonyOn: '2026-09-08',
} as const;

const milestone = (
  result: ReturnType<typeof getAdmissionMilestones>,
  kind: string,
) => result.milestones.find((m) => m.kind === kind);

describe('R-ADM-1: the ceremony within 30 working days of receiving the decision', () => {
  it('R-ADM-1: 2026-12-10 → 2027-01-22, across Tết Dương lịch (01-01 is no working day)', () => {
    const result = getAdmissionMilestones(ngoc);
    expect(milestone(result, 'ceremony')).toMatchObject({
      rule: 'R-ADM-1',
      due: '2027-01-22',
      status: 'due',
      title: { vi: 'Hạn tổ chức lễ kết nạp đảng viên: Hoàng Thị Ngọc' },
    });
  });

  it('R-ADM-1: the yearly official list decides: without 01-01 off, the 30th working day is 01-21', () => {
    const official = [
      { year: 2027, daysOff: [{ date: '2027-02-05', kind: 'tet' }] },
    ];
    const result = getAdmissionMilestones(ngoc, { holidays: { official } });
    expect(milestone(result, 'ceremony')?.due).toBe('2027-01-21');
  });

  it('R-ADM-1: counted from the day the cell received the decision, that day not counted', () => {
    const result = getAdmissionMilestones({
      ...ngoc,
      decisionReceivedOn: '2026-12-14',
    });
    // Monday 12-14 received: 12-15 is day 1, 01-01 skipped, day 30 is 01-26.
    expect(milestone(result, 'ceremony')?.due).toBe('2027-01-26');
  });

  it('R-ADM-1: on the due day the step is on time, the day after it is overdue', () => {
    const on = getAdmissionMilestones(ngoc, { at: '2027-01-22' });
    expect(milestone(on, 'ceremony')?.status).toBe('due');
    expect(on.findings).toEqual([]);
    const after = getAdmissionMilestones(ngoc, {
      at: '2027-01-23T08:00:00+07:00',
    });
    expect(milestone(after, 'ceremony')?.status).toBe('overdue');
    expect(after.findings).toEqual([
      expect.objectContaining({
        rule: 'R-ADM-1',
        code: 'ceremony-overdue',
        severity: 'warning',
        memberIds: ['m17'],
        message: {
          vi: 'Hoàng Thị Ngọc — Hạn tổ chức lễ kết nạp đảng viên ngày 22/01/2027: đã quá hạn.',
          en: 'Hoàng Thị Ngọc — Admission ceremony due 2027-01-22: overdue.',
        },
      }),
    ]);
  });

  it('R-ADM-1: a ceremony held on the due day is done, one a working day later is late', () => {
    const done = getAdmissionMilestones({
      ...ngoc,
      admissionCeremonyOn: '2027-01-22',
    });
    expect(milestone(done, 'ceremony')).toMatchObject({
      status: 'done',
      doneOn: '2027-01-22',
    });
    const late = getAdmissionMilestones({
      ...ngoc,
      admissionCeremonyOn: '2027-01-25',
    });
    expect(milestone(late, 'ceremony')?.status).toBe('late');
    expect(late.findings.map((f) => f.code)).toEqual(['ceremony-late']);
  });

  it('R-ADM-1: the holiday calendar counts Tết Âm lịch and its days in lieu too', () => {
    // Decision on 2027-01-29 (Friday): Tết (02-05…02-09) and its days in lieu
    // (02-10, 02-11) take five working days: 03-12 becomes 03-19.
    const result = getAdmissionMilestones({
      ...ngoc,
      admittedOn: '2027-01-29',
    });
    expect(milestone(result, 'ceremony')?.due).toBe('2027-03-19');
  });
});

describe('R-ADM-1: probation of 12 months from the ceremony, party age from the decision', () => {
  it('R-ADM-1: Lò Văn Khánh, ceremony 2026-09-08: probation ends 2027-09-08 (SCENARIO)', () => {
    const due = getAdmissionMilestones(khanh, { at: '2027-09-08' });
    expect(milestone(due, 'probation-end')).toMatchObject({
      due: '2027-09-08',
      status: 'due',
    });
    const over = getAdmissionMilestones(khanh, { at: '2027-09-09' });
    expect(milestone(over, 'probation-end')?.status).toBe('overdue');
    const confirmed = getAdmissionMilestones(
      { ...khanh, standing: 'official', confirmedOn: '2027-10-05' },
      { at: '2027-12-31' },
    );
    expect(milestone(confirmed, 'probation-end')?.status).toBe('done');
    expect(confirmed.findings).toEqual([]);
  });

  it('R-ADM-1: no ceremony recorded, no probation end', () => {
    expect(milestone(getAdmissionMilestones(ngoc), 'probation-end')).toBe(
      undefined,
    );
  });

  it('R-ADM-1: party age counts from the date in the decision, in whole months', () => {
    expect(
      getAdmissionMilestones(khanh, { at: '2027-08-18' }).partyAge,
    ).toEqual({ from: '2026-08-19', months: 11 });
    expect(
      getAdmissionMilestones(khanh, { at: '2027-08-19' }).partyAge,
    ).toEqual({ from: '2026-08-19', months: 12 });
  });
});

describe('R-ADM-1: age 18 to 60 at the consideration, counted in months', () => {
  const person = {
    id: 'p1',
    name: 'Vàng Thị Mỷ',
    dateOfBirth: '2009-03-15',
  };

  it('R-ADM-1: 18 exactly on the day of consideration is eligible (216 months)', () => {
    const result = getAdmissionMilestones({
      ...person,
      consideredOn: '2027-03-15',
    });
    expect(result.age).toEqual({
      from: '2027-03-15',
      until: '2069-04-14',
      atConsideration: { on: '2027-03-15', months: 216, eligible: true },
    });
    expect(result.findings).toEqual([]);
  });

  it('R-ADM-1: a day short of 18 is not (215 months), an error naming the age', () => {
    const result = getAdmissionMilestones({
      ...person,
      consideredOn: '2027-03-14',
    });
    expect(result.age?.atConsideration).toEqual({
      on: '2027-03-14',
      months: 215,
      eligible: false,
    });
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: 'age-out-of-range',
        severity: 'error',
        message: expect.objectContaining({
          vi: 'Vàng Thị Mỷ được xét kết nạp ngày 14/03/2027 khi 17 tuổi 11 tháng: tuổi đời phải từ đủ 18 đến đủ 60 tuổi (tính theo tháng).',
        }),
      }),
    ]);
  });

  it('R-ADM-1: full 60 (720 months) is eligible until the 721st month begins', () => {
    const older = { ...person, dateOfBirth: '1967-03-15' };
    const last = getAdmissionMilestones({
      ...older,
      consideredOn: '2027-04-14',
    });
    expect(last.age?.until).toBe('2027-04-14');
    expect(last.age?.atConsideration).toMatchObject({
      months: 720,
      eligible: true,
    });
    expect(milestone(last, 'age-limit')?.status).toBe('done');
    const over = getAdmissionMilestones({
      ...older,
      consideredOn: '2027-04-15',
    });
    expect(over.age?.atConsideration).toMatchObject({
      months: 721,
      eligible: false,
    });
    expect(milestone(over, 'age-limit')?.status).toBe('late');
  });

  it('R-ADM-1: born on 29 February, 18 on 28 February of a common year', () => {
    const leap = getAdmissionMilestones({
      ...person,
      dateOfBirth: '2008-02-29',
      consideredOn: '2026-02-28',
    });
    expect(leap.age?.from).toBe('2026-02-28');
    expect(leap.age?.atConsideration?.eligible).toBe(true);
  });

  it('R-ADM-1: not yet considered, the age limit is a due date that can pass', () => {
    const result = getAdmissionMilestones(
      { ...person, dateOfBirth: '1967-03-15' },
      { at: '2027-04-15' },
    );
    expect(milestone(result, 'age-limit')).toMatchObject({
      due: '2027-04-14',
      status: 'overdue',
    });
  });
});

describe('R-ADM-1: the course certificate is valid for 60 months', () => {
  const person = {
    id: 'p2',
    name: 'Sùng A Lử',
    courseCertificateOn: '2022-03-20',
  };

  it('R-ADM-1: the last valid day is the day before the 60th month ends', () => {
    const on = getAdmissionMilestones({
      ...person,
      consideredOn: '2027-03-19',
    });
    expect(milestone(on, 'course-certificate-expiry')).toMatchObject({
      due: '2027-03-19',
      status: 'done',
    });
    const after = getAdmissionMilestones({
      ...person,
      consideredOn: '2027-03-20',
    });
    expect(milestone(after, 'course-certificate-expiry')?.status).toBe('late');
    expect(after.findings.map((f) => f.code)).toEqual([
      'course-certificate-expiry-late',
    ]);
  });

  it('R-ADM-1: not considered by then: overdue', () => {
    const result = getAdmissionMilestones(person, { at: '2027-03-20' });
    expect(milestone(result, 'course-certificate-expiry')?.status).toBe(
      'overdue',
    );
  });

  it('R-ADM-1: a certificate dated after the consideration is an error', () => {
    const result = getAdmissionMilestones({
      ...person,
      consideredOn: '2022-03-01',
    });
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([
      ['course-certificate-after-consideration', 'error'],
    ]);
  });
});

describe('R-ADM-1: the input', () => {
  it('takes the SCENARIO members as core records; the milestones come in date order', () => {
    for (const member of members) {
      const result = getAdmissionMilestones(member, { at: '2027-03-09' });
      const dues = result.milestones.map((m) => m.due);
      expect(dues).toEqual([...dues].sort());
    }
    const dua = members.find((m) => m.name === 'Sùng Thị Dua');
    expect(
      dua && getAdmissionMilestones(dua).milestones.map((m) => m.kind),
    ).toEqual(['ceremony']);
  });

  it('a misspelt date is named with the key it meant, never dropped', () => {
    expectUnknownKey(
      () =>
        getAdmissionMilestones({
          ...ngoc,
          admissionCeremonyon: '2027-01-05',
        } as never),
      {
        key: 'admissionCeremonyon',
        nearest: 'admissionCeremonyOn',
        path: ['member'],
        code: 'invalid-argument',
      },
    );
  });

  it('R-ADM-1: dates out of order are refused with their path', () => {
    expect(() =>
      getAdmissionMilestones({
        ...ngoc,
        admissionCeremonyOn: '2026-12-01',
      }),
    ).toThrow(
      expect.objectContaining({
        name: 'ChiboError',
        code: 'invalid-argument',
        issues: [
          expect.objectContaining({ path: ['member', 'admissionCeremonyOn'] }),
        ],
      }),
    );
  });

  it('a wrong `at` is named, never read as the clock (R-TIME-2)', () => {
    const run = () => getAdmissionMilestones(ngoc, { at: 'hôm nay' });
    expect(run).toThrow(ChiboError);
    expect(run).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: ['options', 'at'] })],
      }),
    );
  });
});
