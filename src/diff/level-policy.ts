// analyze: a policy applied after the checks: the repository may raise, lower or switch off the
// level of any check id (`breaking.levels`). Unknown ids keep the level their check reported.
import type { ChangeLevel } from './change.js';
import type { LevelOverride } from '../config/config-schema.js';

export function levelOf(
  id: string,
  defaultLevel: ChangeLevel,
  overrides: Readonly<Record<string, LevelOverride>>,
): ChangeLevel | 'off' {
  return Object.prototype.hasOwnProperty.call(overrides, id) ? (overrides[id] ?? defaultLevel) : defaultLevel;
}
