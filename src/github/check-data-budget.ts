// publish: the check run's machine-readable line, fitted into GitHub's limit on `output.text`.
// The line is JSON, so it cannot be cut like prose: its lists are shortened instead, to the
// longest prefix that fits. A shortened list only ever under-states what may be accepted (an
// acceptance covers the fingerprints it names, the rest stay blocking), so the gate stays closed.
import { formatCheckData, type CheckData } from '../review/check-data.js';
import { byteLength } from './text-budget.js';

export function fittedCheckDataLine(data: CheckData, maxBytes: number): string {
  const whole = formatCheckData(data);
  if (byteLength(whole) <= maxBytes) return whole;
  const longest = Math.max(data.specs.length, data.unacceptedFingerprints.length, data.acceptances.length, ...data.acceptances.map((acceptance) => acceptance.fingerprints.length));
  // Binary search for the most entries per list that fit; `0` always fits (a few hundred bytes).
  let low = 0;
  let high = longest;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (byteLength(formatCheckData(shortened(data, middle))) <= maxBytes) low = middle;
    else high = middle - 1;
  }
  const line = formatCheckData(shortened(data, low));
  return byteLength(line) <= maxBytes ? line : '';
}

function shortened(data: CheckData, entries: number): CheckData {
  return {
    ...data,
    specs: data.specs.slice(0, entries).map((spec) => ({ ...spec, breaking: spec.breaking.slice(0, entries) })),
    acceptances: data.acceptances.slice(0, entries).map((acceptance) => ({ ...acceptance, fingerprints: acceptance.fingerprints.slice(0, entries) })),
    unacceptedFingerprints: data.unacceptedFingerprints.slice(0, entries),
  };
}
