// A worker thread for the corpus pairs of lint-change.test.ts. A full Spectral lint of a whole
// corpus description holds its thread for minutes; run in the test's own thread, it starves
// vitest's messages to that thread, which then fails a passing run with its RPC time-out.
import { parentPort } from 'node:worker_threads';
import { loadRuleset } from '../../../src/lint/load-ruleset.js';
import { corpusPair, incrementalAndFull } from './lint-change-views.js';

export interface CorpusRequest {
  files: [string, string];
  sample?: string;
}

const port = parentPort;
if (!port) throw new Error('lint-change-worker.ts runs as a worker thread only');
const reply = port;

port.once('message', (request: CorpusRequest) => {
  void compare(request).then(
    (views) => reply.postMessage({ ok: true, views }),
    (error: unknown) => reply.postMessage({ ok: false, message: error instanceof Error ? error.stack ?? error.message : String(error) }),
  );
});

async function compare({ files, sample }: CorpusRequest) {
  const load = await loadRuleset({ kind: 'shipped' });
  if (!load.ok) throw new Error('the shipped ruleset does not load');
  const [base, head] = await corpusPair(files, sample);
  const { incremental, full } = await incrementalAndFull(base, head, load.ruleset.ruleset);
  return { incremental, full };
}
