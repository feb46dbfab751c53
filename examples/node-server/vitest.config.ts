import type { UserWorkspaceConfig } from 'vitest/config';
import { chiboProject, sourceConditions } from '../../vitest.shared.ts';

// Vitest hands these conditions to Node too, where `import` makes `pg`'s
// own `require('pg-pool')` load pg-pool's ES module and fail. Vite adds
// `import` by itself wherever it resolves an `import`.
const conditions = sourceConditions.filter((c) => c !== 'import');
const project = chiboProject('example-node-server');

const config: UserWorkspaceConfig = {
  ...project,
  resolve: { ...project.resolve, conditions },
  ssr: { ...project.ssr, resolve: { ...project.ssr?.resolve, conditions } },
};

export default config;
