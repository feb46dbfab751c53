// The entry of every worker thread of the pool (workerPool.ts): register tsx
// so that the worker can load the example's TypeScript and the @chibo/*
// packages' source, then load the worker module named in workerData.entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
