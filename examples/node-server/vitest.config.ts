import { chiboProject } from '../../vitest.shared.ts';

export default chiboProject('example-node-server');
