/*
 * A worker thread of `check --jobs` (see parallel.ts): takes templates from
 * the shared counter until none is left, and posts their findings back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { workerShare, type WorkerInput } from './parallel.js';

parentPort?.postMessage(workerShare(workerData as WorkerInput));
