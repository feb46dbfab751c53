import type { LabelTable } from './labels';

/** English labels for every enum value. */
export const en = {
  ruleSet: {
    'HD12-2018': 'Guideline 12-HD/BTCTW of 6 July 2018',
    'HD42-2025': 'Guideline 42-HD/BTCTW of 28 October 2025',
  },
  committeeLevel: {
    grassroots: 'Grassroots Party committee',
    'upper-grassroots': 'Upper-grassroots Party committee',
    province: 'Provincial or city Party committee',
    central: 'Party committee directly under the Central Committee',
  },
  cellKind: {
    grassroots: 'Grassroots cell',
    subordinate: 'Subordinate cell',
  },
  cellSector: {
    residential: 'Residential-area cell',
    agency: 'Agency cell',
    'public-service': 'Public-service unit cell',
    enterprise: 'Enterprise cell',
    school: 'School cell',
    'armed-forces': 'Armed-forces cell',
  },
  standing: {
    official: 'Full member',
    probationary: 'Probationary member',
  },
  attachment: {
    regular: 'Regular member of the cell',
    'temporary-in': 'Temporarily attached to this cell',
    'temporary-out': 'Temporarily attached elsewhere',
  },
  role: {
    secretary: 'Secretary',
    'deputy-secretary': 'Deputy secretary',
    'committee-member': 'Cell committee member',
  },
  legalProceedings: {
    prosecuted: 'Prosecuted',
    indicted: 'Indicted',
    detained: 'Detained',
  },
  meetingKind: {
    regular: 'Regular meeting',
    thematic: 'Thematic meeting',
  },
  meetingMode: {
    'in-person': 'In person',
    online: 'Online',
    hybrid: 'In person and online',
  },
  meetingStatus: {
    planned: 'Planned',
    'in-progress': 'In progress',
    closed: 'Closed',
    postponed: 'Postponed',
    cancelled: 'Cancelled',
  },
  guestRole: {
    supervisor: 'Upper-level supervisor',
    guest: 'Guest',
  },
  attendanceStatus: {
    present: 'Present',
    'absent-excused': 'Absent with reason',
    'absent-unexcused': 'Absent without reason',
  },
  voteMode: {
    'show-of-hands': 'Show of hands',
    'secret-ballot': 'Secret ballot',
  },
  voteChoice: {
    for: 'For',
    against: 'Against',
    abstain: 'Other opinion',
  },
  voteSubject: {
    resolution: 'Adopting the resolution',
    conclusion: 'Adopting the conclusion',
    rating: 'Rating the meeting',
    minutes: 'Approving the minutes',
    admission: 'Proposing an admission',
    confirmation: 'Proposing a confirmation as full member',
    exemption: 'Exemption from Party work and meetings',
    removal: 'Removal from the Party list',
    discipline: 'Disciplining a member',
    election: 'Election',
  },
  disciplineForm: {
    reprimand: 'Reprimand',
    warning: 'Warning',
    dismissal: 'Dismissal from post',
    expulsion: 'Expulsion',
  },
  disciplineCompetence: {
    cell: "The cell's to decide",
    'higher-committee': "A higher committee's to decide",
  },
  disciplineOutcome: {
    decided: 'Decided by the cell',
    proposed: 'Proposed to the competent committee',
  },
  taskStatus: {
    open: 'Open',
    done: 'Done',
    'partly-done': 'Partly done',
    'not-done': 'Not done',
  },
  ratingLevel: {
    good: 'Good',
    fair: 'Fair',
    average: 'Average',
    poor: 'Poor',
  },
  severity: {
    error: 'Error',
    warning: 'Warning',
    info: 'Information',
  },
  votingBaseExclusion: {
    probationary: 'Probationary member (does not vote)',
    'temporary-in': 'Attached temporarily (votes in the home cell)',
    'temporary-out': 'Attached temporarily elsewhere',
    suspended: 'Suspended from Party activity',
    'legal-proceedings': 'Prosecuted, indicted or detained',
    'exempt-absent': 'Exempt and absent',
    'special-duty-absent': 'On special duty and absent',
    'absent-excused': 'Absent for the whole meeting with a reason',
  },
  notExpectedReason: {
    exempt: 'Exempt from Party work and meetings',
    'temporary-out': 'Attached temporarily elsewhere',
    'special-duty': 'Armed-forces member on special duty',
    suspended: 'Suspended from Party activity',
  },
  sanctionStatus: {
    clear: 'Clear',
    warning: 'Warning',
    'removal-candidate': 'Candidate for removal',
  },
  duesStatus: {
    paid: 'Paid',
    unpaid: 'Unpaid',
    excused: 'Unpaid with a valid reason',
  },
} as const satisfies LabelTable;
