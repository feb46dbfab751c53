import { chiboProject } from '../../vitest.shared.ts';

export default chiboProject('example-meeting-console');
