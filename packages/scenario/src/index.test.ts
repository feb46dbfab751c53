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
});
