// analyze: AsyncAPI breaking changes (placeholder until the comparator lands).
import type { ContractDiff, ContractInput } from '../contract-input.js';

export async function diffAsyncapi(_base: ContractInput | undefined, _head: ContractInput | undefined): Promise<ContractDiff> {
  return { changes: [], problems: [], notes: [] };
}
