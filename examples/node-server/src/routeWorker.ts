// A worker thread of the server's pool: it runs the POST routes (the
// documents, /validate, /rate) so that a large record never blocks the main
// thread, which keeps answering other requests.
import { runRouteJob } from './runRouteJob';
import { serveJobs } from './workerProtocol';

serveJobs(runRouteJob);
