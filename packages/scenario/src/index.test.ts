import { describe, expect, it } from 'vitest';
import {
  februaryResolution,
  marchMeeting,
  members,
  thematicMeetingQ1,
} from './index';

// The fixture must stay faithful to SCENARIO.md: these are its facts, checked
// on the raw data (the rules themselves are tested in @chibo/core).
describe('SCENARIO.md: Chi bộ thôn Trang Nùng', () => {
  it('has 17 members: 14 official (one exempt) and 3 probationary', () => {
    const standing = (s: string) => members.filter((m) => m.standing === s);
    expect(members).toHaveLength(17);
    expect(standing('official')).toHaveLength(14);
    expect(standing('probationary').map((m) => m.name)).toEqual([
      'Lò Văn Khánh',
      'Sùng Thị Dua',
      'Hoàng Thị Ngọc',
    ]);
    expect(members.filter((m) => 'exempt' in m).map((m) => m.name)).toEqual([
      'Giàng A Páo',
    ]);
  });

  it('March 2027: 15 present, Mai absent with a reason, Páo has no line', () => {
    const byStatus = (s: string) =>
      marchMeeting.attendance.filter((a) => a.status === s);
    expect(byStatus('present')).toHaveLength(15);
    expect(byStatus('absent-excused').map((a) => a.memberId)).toEqual(['m05']);
    const lines: readonly string[] = marchMeeting.attendance.map(
      (a) => a.memberId,
    );
    expect(lines).not.toContain('m14');
    expect(marchMeeting.timeline.startedAt).toBe('2027-03-09T19:30:00+07:00');
    expect(marchMeeting.timeline.endedAt).toBe('2027-03-09T21:15:00+07:00');
  });

  it('every person and task it names exists', () => {
    const ids = new Set<string>([...members.map((m) => m.id), 'g01']);
    for (const opinion of marchMeeting.opinions) {
      expect(ids.has(opinion.speakerId), opinion.id).toBe(true);
    }
    const previous = new Set(februaryResolution.tasks.map((t) => t.id));
    for (const review of marchMeeting.taskReviews) {
      expect(previous.has(review.taskId), review.taskId).toBe(true);
    }
    expect(marchMeeting.resolution.tasks).toHaveLength(5);
    expect(thematicMeetingQ1.presenterId).toBe('m02');
  });

  it('R-DOC-6b: each agenda item holds its presenter, summary, opinions and conclusion as SCENARIO.md gives them', () => {
    const presenters = marchMeeting.agenda.map((item) =>
      'presenterId' in item ? item.presenterId : undefined,
    );
    expect(presenters).toEqual(['m01', 'm02', 'm03', 'm01', undefined]);
    const speakersOn = (itemId: string) =>
      marchMeeting.opinions
        .filter((o) => o.agendaItemId === itemId)
        .map((o) => o.speakerId);
    expect(speakersOn('a1')).toEqual([]);
    expect(marchMeeting.agenda[0]).toMatchObject({
      noOpinions: true,
      durationMinutes: 12,
    });
    expect(speakersOn('a2')).toEqual(['m10']);
    expect(speakersOn('a3')).toEqual(['m08']);
    expect(speakersOn('a4')).toEqual(['m04', 'm12', 'm15', 'g01']);
    expect(marchMeeting.agenda[4].conclusion).toBe(marchMeeting.conclusion);
    for (const item of marchMeeting.agenda.slice(0, 4)) {
      expect('summary' in item && item.summary.length > 0, item.id).toBe(true);
    }
  });

  it('R-DOC-6b: the review gives each task its result in words and the reason where not done', () => {
    for (const review of marchMeeting.taskReviews) {
      expect(review.result.length, review.taskId).toBeGreaterThan(0);
      if (review.status !== 'done')
        expect('reason' in review && review.reason, review.taskId).toBeTruthy();
    }
  });

  it('R-DOC-7b: the resolution has its grounds, assessment, recipients and a mass-organisation assignee', () => {
    const { resolution } = marchMeeting;
    expect(resolution.grounds).toHaveLength(3);
    expect(resolution.assessment).toMatch(
      /quỹ khuyến học.*sườn đồi.*xi măng.*cháy rừng/s,
    );
    expect(resolution.recipients.map((r) => r.name)).toEqual([
      'Đảng ủy xã Xuân Quang',
      'Đảng viên trong chi bộ',
      'Lưu chi bộ',
    ]);
    expect(
      resolution.tasks[0].assignees.filter(
        (a) => a.kind === 'mass-organisation',
      ),
    ).toEqual([
      { kind: 'mass-organisation', name: 'Chi hội Phụ nữ thôn Trang Nùng' },
      {
        kind: 'mass-organisation',
        name: 'Chi đoàn Thanh niên thôn Trang Nùng',
      },
    ]);
  });
});
