/**
 * The months of "The cell's year 2027" (SCENARIO.md), as a minutes book
 * would give them: each regular meeting's day, absences (all excused),
 * number of opinions, approved rating and the tasks its resolution assigns;
 * the thematic meeting of each quarter; the opinions people give.
 */
import { thematicMeetingQ1 } from '../index';

export type Level = 'good' | 'fair';
export type Assignee = string | 'cell' | 'cell-committee';
export interface TaskSpec {
  description: string;
  assignees: Assignee[];
  /** The review at the next meeting; done when absent. */
  review?: {
    status: 'partly-done' | 'not-done';
    reason: string;
    carriedOver?: boolean;
  };
  continues?: string;
}
export interface MonthSpec {
  day: number;
  absent: Array<[string, string]>;
  opinions: number;
  level: Level;
  score: number;
  tasks: TaskSpec[];
}

export const AWAY = 'Đi làm ăn xa tại Bắc Ninh';
const roadKe = 'Xây dựng kè đá chống sạt lở đoạn suối đầu thôn';
const insurance = 'Vận động 100% số hộ tham gia bảo hiểm y tế hộ gia đình';

/** Month by month: day, absences (all excused), opinions, rating, tasks. */
export const months: Record<number, MonthSpec> = {
  1: {
    day: 5,
    absent: [['m05', AWAY]],
    opinions: 4,
    level: 'good',
    score: 92,
    tasks: [
      {
        description: 'Vận động các hộ đăng ký tham gia bảo hiểm y tế năm 2027',
        assignees: ['m06'],
      },
      {
        description:
          'Vận động nhân dân đón Tết Nguyên đán vui tươi, an toàn, tiết kiệm',
        assignees: ['cell'],
      },
      {
        description: 'Thăm hỏi, tặng quà các gia đình chính sách dịp Tết',
        assignees: ['m02'],
      },
      {
        description: 'Kiểm tra, sửa chữa đường điện chiếu sáng nội thôn',
        assignees: ['m10'],
      },
    ],
  },
  2: {
    day: 10,
    absent: [['m11', 'Ốm, điều trị tại trạm y tế xã']],
    opinions: 5,
    level: 'fair',
    score: 86,
    tasks: [],
  },
  3: { day: 9, absent: [], opinions: 6, level: 'fair', score: 87, tasks: [] },
  4: {
    day: 6,
    absent: [],
    opinions: 4,
    level: 'good',
    score: 91,
    tasks: [
      {
        description: 'Ra quân trồng 2 ha quế trên đất trống đồi trọc',
        assignees: ['m04'],
      },
      {
        description: 'Duy trì 3 tổ canh lửa rừng đến hết ngày 30/4',
        assignees: ['m12', 'm15'],
      },
      {
        description: 'Tuyên truyền phòng, chống dịch sốt xuất huyết',
        assignees: ['m09'],
      },
      {
        description:
          'Lập danh sách hộ nghèo, cận nghèo cần hỗ trợ giống cây trồng',
        assignees: ['m06'],
      },
    ],
  },
  5: {
    day: 4,
    absent: [
      ['m05', AWAY],
      ['m09', 'Đưa con đi khám bệnh tại bệnh viện tỉnh'],
    ],
    opinions: 3,
    level: 'good',
    score: 93,
    tasks: [
      {
        description: 'Tổ chức lớp tập huấn kỹ thuật trồng và chăm sóc cây quế',
        assignees: ['m08'],
      },
      {
        description: 'Vận động học sinh lớp 12 ôn tập, dự thi tốt nghiệp',
        assignees: ['m16'],
      },
      {
        description:
          'Dọn vệ sinh đường làng, khơi thông cống rãnh trước mùa mưa',
        assignees: ['m13'],
      },
    ],
  },
  6: {
    day: 8,
    absent: [['m13', 'Đi tập huấn khuyến nông tại tỉnh']],
    opinions: 4,
    level: 'good',
    score: 90,
    tasks: [
      {
        description: roadKe,
        assignees: ['m03'],
        review: {
          status: 'not-done',
          reason: 'Chưa có kinh phí hỗ trợ của xã',
          carriedOver: true,
        },
      },
      {
        description: 'Tổ chức Ngày Gia đình Việt Nam 28/6 ở thôn',
        assignees: ['m02'],
      },
      {
        description: 'Vận động các hộ tiêm phòng cho đàn gia súc, gia cầm',
        assignees: ['m11'],
      },
      { description: 'Kiện toàn tổ hòa giải của thôn', assignees: ['m06'] },
    ],
  },
  7: {
    day: 6,
    absent: [
      ['m05', AWAY],
      ['m10', 'Đi công tác tại tỉnh'],
      ['m16', 'Nghỉ sinh con'],
    ],
    opinions: 3,
    level: 'fair',
    score: 82,
    tasks: [
      {
        description: `Hoàn thành ${roadKe.charAt(0).toLowerCase()}${roadKe.slice(1)}`,
        assignees: ['m03', 'm10'],
        continues: 't2027-06-1',
      },
      {
        description: 'Tổ chức gặp mặt kỷ niệm ngày Thương binh - Liệt sĩ 27/7',
        assignees: ['m01'],
      },
      { description: 'Rà soát, cập nhật hồ sơ đảng viên', assignees: ['m07'] },
    ],
  },
  8: {
    day: 3,
    absent: [['m03', 'Dự tập huấn công tác Mặt trận tại xã']],
    opinions: 5,
    level: 'good',
    score: 94,
    tasks: [
      {
        description: 'Vận động học sinh đến trường, chuẩn bị năm học mới',
        assignees: ['m09'],
      },
      {
        description: 'Phòng, chống mưa lũ, sạt lở đất mùa mưa bão',
        assignees: ['cell-committee'],
      },
      {
        description: 'Giúp các hộ thu hoạch, tiêu thụ vỏ quế',
        assignees: ['m08'],
      },
      {
        description:
          'Chuẩn bị hồ sơ xét công nhận đảng viên chính thức cho đồng chí Lò Văn Khánh',
        assignees: ['m01'],
      },
    ],
  },
  9: {
    day: 7,
    absent: [],
    opinions: 4,
    level: 'good',
    score: 92,
    tasks: [
      {
        description: insurance,
        assignees: ['m06'],
        review: {
          status: 'partly-done',
          reason: '13 hộ chưa có tiền đóng, hẹn sau vụ thu hoạch',
          carriedOver: true,
        },
      },
      {
        description: 'Tổ chức Tết Trung thu cho thiếu nhi',
        assignees: ['m17'],
      },
      {
        description: 'Làm 150 m đường giao thông nội đồng',
        assignees: ['m10'],
      },
    ],
  },
  10: {
    day: 5,
    absent: [['m04', 'Ốm']],
    opinions: 4,
    level: 'good',
    score: 91,
    tasks: [
      {
        description: 'Hoàn thành vận động 13 hộ còn lại tham gia bảo hiểm y tế',
        assignees: ['m06'],
        continues: 't2027-09-1',
      },
      {
        description: 'Thu hoạch lúa mùa, làm đất trồng cây vụ đông',
        assignees: ['m04'],
      },
      {
        description:
          'Chuẩn bị kiểm điểm, đánh giá, xếp loại đảng viên năm 2027',
        assignees: ['cell-committee'],
      },
      { description: 'Vận động ủng hộ Quỹ Vì người nghèo', assignees: ['m02'] },
    ],
  },
  11: {
    day: 9,
    absent: [
      ['m05', AWAY],
      ['m17', 'Có việc gia đình đột xuất'],
    ],
    opinions: 3,
    level: 'fair',
    score: 88,
    tasks: [
      {
        description: 'Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư',
        assignees: ['m06'],
      },
      {
        description: 'Tổ chức kiểm điểm, đánh giá, xếp loại đảng viên năm 2027',
        assignees: ['m01'],
      },
      {
        description: 'Ra quân vệ sinh môi trường, trồng cây xanh đường làng',
        assignees: ['m13'],
      },
    ],
  },
  12: {
    day: 7,
    absent: [],
    opinions: 5,
    level: 'good',
    score: 95,
    tasks: [
      {
        description:
          'Tổng kết công tác năm 2027, xây dựng phương hướng năm 2028',
        assignees: ['cell-committee'],
      },
      { description: 'Thu đủ đảng phí năm 2027', assignees: ['m07'] },
      {
        description: 'Bảo đảm an ninh, trật tự dịp Tết Dương lịch',
        assignees: ['m10'],
      },
      {
        description: 'Thăm hỏi các hộ có hoàn cảnh khó khăn cuối năm',
        assignees: ['m02'],
      },
    ],
  },
};

export const OPINIONS = [
  (task: string) =>
    `Nhất trí với dự thảo nghị quyết. Đề nghị ghi rõ thời hạn cho việc: ${task.toLowerCase()}.`,
  () =>
    'Bà con trong xóm phấn khởi, yên tâm sản xuất; một số hộ còn thiếu vốn, đề nghị chi bộ đề xuất xã hỗ trợ vay vốn ưu đãi.',
  (task: string) =>
    `Xin nhận nhiệm vụ cùng các đồng chí được giao: ${task.toLowerCase()}.`,
  () =>
    'Đề nghị chi bộ quan tâm bồi dưỡng quần chúng ưu tú để phát triển đảng viên trong năm.',
  () =>
    'Đề nghị phân công đảng viên phụ trách từng nhóm hộ để nắm tình hình và vận động kịp thời.',
];
/** Members who speak, in turn (never the recorder, Phạm Thị Lan). */
export const SPEAKERS = [
  'm04',
  'm12',
  'm08',
  'm10',
  'm02',
  'm06',
  'm09',
  'm11',
  'm13',
  'm03',
  'm16',
  'm15',
  'm17',
];

/**
 * The thematic meeting of each quarter's middle month: id, theme, date and
 * who was absent (a function: the first quarter's comes from the scenario's
 * root, which this file must not read while the root loads).
 */
export const getThemes = (): Record<
  number,
  [string, string, string, string[]]
> => ({
  2: [thematicMeetingQ1.id, thematicMeetingQ1.theme, '2027-02-16', ['m11']],
  5: [
    'cd-2027-q2',
    'Phát triển kinh tế hộ gia đình gắn với trồng quế theo hướng bền vững',
    '2027-05-11',
    ['m05'],
  ],
  8: [
    'cd-2027-q3',
    'Nâng cao chất lượng sinh hoạt chi bộ theo Hướng dẫn 42-HD/BTCTW',
    '2027-08-10',
    [],
  ],
  11: [
    'cd-2027-q4',
    'Xây dựng khối đại đoàn kết toàn dân tộc ở thôn bản vùng cao',
    '2027-11-16',
    ['m05'],
  ],
});
