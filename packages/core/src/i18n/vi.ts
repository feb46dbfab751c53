import type { LabelTable } from './labels';

/** Vietnamese labels for every enum value (NFC, with proper diacritics). */
export const vi = {
  ruleSet: {
    'HD12-2018': 'Hướng dẫn 12-HD/BTCTW ngày 06/7/2018',
    'HD42-2025': 'Hướng dẫn 42-HD/BTCTW ngày 28/10/2025',
  },
  committeeLevel: {
    grassroots: 'Đảng bộ cơ sở',
    'upper-grassroots': 'Đảng bộ cấp trên cơ sở',
    province: 'Đảng bộ tỉnh, thành phố',
    central: 'Đảng bộ trực thuộc Trung ương',
  },
  cellKind: {
    grassroots: 'Chi bộ cơ sở',
    subordinate: 'Chi bộ trực thuộc',
  },
  cellSector: {
    residential: 'Chi bộ thôn, tổ dân phố',
    agency: 'Chi bộ cơ quan',
    'public-service': 'Chi bộ đơn vị sự nghiệp',
    enterprise: 'Chi bộ doanh nghiệp',
    school: 'Chi bộ trường học',
    'armed-forces': 'Chi bộ lực lượng vũ trang',
  },
  standing: {
    official: 'Đảng viên chính thức',
    probationary: 'Đảng viên dự bị',
  },
  attachment: {
    regular: 'Sinh hoạt chính thức tại chi bộ',
    'temporary-in': 'Sinh hoạt tạm thời tại chi bộ',
    'temporary-out': 'Đi sinh hoạt tạm thời nơi khác',
  },
  role: {
    secretary: 'Bí thư',
    'deputy-secretary': 'Phó Bí thư',
    'committee-member': 'Chi ủy viên',
  },
  legalProceedings: {
    prosecuted: 'Bị khởi tố',
    indicted: 'Bị truy tố',
    detained: 'Bị tạm giam',
  },
  meetingKind: {
    regular: 'Sinh hoạt thường kỳ',
    thematic: 'Sinh hoạt chuyên đề',
  },
  meetingMode: {
    'in-person': 'Trực tiếp',
    online: 'Trực tuyến',
    hybrid: 'Trực tiếp kết hợp trực tuyến',
  },
  meetingStatus: {
    planned: 'Đã lên kế hoạch',
    'in-progress': 'Đang diễn ra',
    closed: 'Đã bế mạc',
    postponed: 'Hoãn',
    cancelled: 'Hủy',
  },
  guestRole: {
    supervisor: 'Cấp ủy viên cấp trên dự sinh hoạt',
    guest: 'Đại biểu',
  },
  attendanceStatus: {
    present: 'Có mặt',
    'absent-excused': 'Vắng có lý do',
    'absent-unexcused': 'Vắng không lý do',
  },
  voteMode: {
    'show-of-hands': 'Biểu quyết giơ tay',
    'secret-ballot': 'Bỏ phiếu kín',
  },
  voteChoice: {
    for: 'Tán thành',
    against: 'Không tán thành',
    abstain: 'Ý kiến khác',
  },
  voteSubject: {
    resolution: 'Thông qua nghị quyết',
    conclusion: 'Thông qua kết luận',
    rating: 'Xếp loại chất lượng sinh hoạt',
    minutes: 'Thông qua biên bản',
    admission: 'Đề nghị kết nạp đảng viên',
    confirmation: 'Đề nghị công nhận đảng viên chính thức',
    exemption: 'Miễn công tác và sinh hoạt đảng',
    removal: 'Xóa tên đảng viên',
    discipline: 'Thi hành kỷ luật đảng viên',
    election: 'Bầu cử',
  },
  disciplineForm: {
    reprimand: 'Khiển trách',
    warning: 'Cảnh cáo',
    dismissal: 'Cách chức',
    expulsion: 'Khai trừ',
  },
  disciplineCompetence: {
    cell: 'Thuộc thẩm quyền của chi bộ',
    'higher-committee': 'Thuộc thẩm quyền của cấp ủy cấp trên',
  },
  disciplineOutcome: {
    decided: 'Chi bộ quyết định',
    proposed: 'Chi bộ đề nghị cấp có thẩm quyền',
  },
  taskStatus: {
    open: 'Đang thực hiện',
    done: 'Hoàn thành',
    'partly-done': 'Hoàn thành một phần',
    'not-done': 'Chưa hoàn thành',
  },
  ratingLevel: {
    good: 'Tốt',
    fair: 'Khá',
    average: 'Trung bình',
    poor: 'Kém',
  },
  severity: {
    error: 'Lỗi',
    warning: 'Cảnh báo',
    info: 'Thông tin',
  },
  votingBaseExclusion: {
    probationary: 'Đảng viên dự bị (không biểu quyết)',
    'temporary-in':
      'Sinh hoạt tạm thời tại chi bộ (biểu quyết ở chi bộ chính thức)',
    'temporary-out': 'Đi sinh hoạt tạm thời nơi khác',
    suspended: 'Bị đình chỉ sinh hoạt',
    'legal-proceedings': 'Bị khởi tố, truy tố hoặc tạm giam',
    'exempt-absent': 'Miễn sinh hoạt, vắng mặt',
    'special-duty-absent': 'Làm nhiệm vụ đặc biệt, vắng mặt',
    'absent-excused': 'Vắng mặt cả buổi, có lý do',
  },
  notExpectedReason: {
    exempt: 'Miễn công tác và sinh hoạt đảng',
    'temporary-out': 'Đi sinh hoạt tạm thời nơi khác',
    'special-duty': 'Làm nhiệm vụ đặc biệt trong lực lượng vũ trang',
    suspended: 'Bị đình chỉ sinh hoạt',
  },
  sanctionStatus: {
    clear: 'Không vi phạm',
    warning: 'Cần nhắc nhở',
    'removal-candidate': 'Thuộc diện xem xét xóa tên',
  },
  duesStatus: {
    paid: 'Đã đóng',
    unpaid: 'Chưa đóng',
    excused: 'Chưa đóng, có lý do chính đáng',
  },
} as const satisfies LabelTable;
