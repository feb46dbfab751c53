import { parseMembers } from '../src/index';

/**
 * A 60-member cell and one of its meetings, as a host sends them: 48 official
 * members (2 exempt, 1 transferred out) and 12 probationary; 52 present, 4
 * absent with a reason, 1 absent without, 20 opinions.
 */
export function createLargeCell() {
  const rawMembers = Array.from({ length: 60 }, (_, i) => ({
    id: `m${String(i + 1).padStart(2, '0')}`,
    name: `Đảng viên số ${i + 1}`,
    standing: i < 48 ? 'official' : 'probationary',
    exempt: i === 46 || i === 47,
    attachment: i === 45 ? 'temporary-out' : 'regular',
    roles:
      i === 0
        ? ['secretary']
        : i === 1
          ? ['deputy-secretary']
          : i < 5
            ? ['committee-member']
            : [],
  }));
  const attendance = rawMembers
    .filter((m) => !m.exempt && m.attachment === 'regular')
    .map((m, i) =>
      i >= 2 && i < 6
        ? {
            memberId: m.id,
            status: 'absent-excused',
            reason: 'Ốm, có giấy của trạm y tế',
          }
        : i === 6
          ? { memberId: m.id, status: 'absent-unexcused' }
          : { memberId: m.id, status: 'present' },
    );
  const rawMeeting = {
    id: 'sh-2027-03',
    cellId: 'large',
    kind: 'regular',
    scheduledAt: '2027-03-09T19:30:00+07:00',
    place: 'Hội trường cơ quan',
    chairId: 'm01',
    recorderId: 'm08',
    agenda: [
      { id: 'a1', title: 'Thông tin thời sự' },
      { id: 'a2', title: 'Đánh giá kết quả thực hiện nghị quyết tháng trước' },
    ],
    timeline: {
      startedAt: '2027-03-09T19:30:00+07:00',
      endedAt: '2027-03-09T21:15:00+07:00',
    },
    attendance,
    opinions: Array.from({ length: 20 }, (_, i) => ({
      id: `op${i + 1}`,
      speakerId: `m${String(i + 8).padStart(2, '0')}`,
      agendaItemId: 'a2',
      text: `Ý kiến thứ ${i + 1}: đề nghị chi bộ tăng cường kiểm tra, đôn đốc việc thực hiện nhiệm vụ.`,
    })),
    votes: [
      {
        id: 'v1',
        subject: 'resolution',
        mode: 'show-of-hands',
        for: 39,
        against: 1,
        abstain: 1,
      },
    ],
  };
  return { rawMembers, rawMeeting, members: parseMembers(rawMembers) };
}
