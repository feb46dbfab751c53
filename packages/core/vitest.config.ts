import { chiboProject } from '../../vitest.shared';

export default chiboProject('core');
