// The resolver Spectral lints with leaves the resolved tree unfrozen: freezing it walked every
// resolved object of every run. It can keep its resolution for a later run, which takes it once
// instead of resolving. (What it serves is covered by the lint tests of multi-file specs.)
import { describe, expect, it } from 'vitest';
import { createSpecResolver, type SharedResolution } from '../../src/lint/spec-resolver.js';
import { toVirtualPath } from '../../src/lint/virtual-root.js';
import { loadSpec } from '../../src/specs/load-spec.js';
import { memorySource } from '../../src/specs/memory-source.js';

const openapi = `openapi: 3.0.3
info: { title: Pets, version: '1' }
paths:
  /pets:
    get:
      responses:
        '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
components:
  schemas:
    Pet: { type: object, properties: { name: { type: string } } }
`;

const resolveOptions = { baseUri: toVirtualPath('openapi.yaml'), dereferenceInline: true, dereferenceRemote: true };

describe('createSpecResolver', () => {
  it('keeps its resolution for a later run, which takes it once, reshaped as that run asks', async () => {
    const spec = await loadSpec(memorySource({ 'openapi.yaml': openapi }), 'openapi.yaml');
    const data = spec.files.get('openapi.yaml')!.data;
    const slot: SharedResolution = {};
    const kept = await createSpecResolver(spec, { share: { keep: slot } }).resolve(data, resolveOptions);
    expect(slot.whole).toBe(kept);
    const reshape = (tree: Record<string, unknown>) => ({ only: Object.keys(tree) });
    const taker = createSpecResolver(spec, { reshape, share: { take: slot } });
    const taken = await taker.resolve({ openapi: '3.0.3', paths: {} }, resolveOptions);
    expect(taken.result).toEqual({ only: ['openapi', 'info', 'paths', 'components'] });
    expect(taken.graph).toBe(kept.graph);
    expect(slot.whole).toBeUndefined();
    // Taken once: the next resolution is the taker's own document.
    const own = await taker.resolve({ openapi: '3.0.3', paths: {} }, resolveOptions);
    expect(own.result).toEqual({ only: ['openapi', 'paths'] });
  });

  it('resolves into a tree it does not freeze', async () => {
    const spec = await loadSpec(memorySource({ 'openapi.yaml': openapi }), 'openapi.yaml');
    const resolver = createSpecResolver(spec);
    const resolved = await resolver.resolve(spec.files.get('openapi.yaml')!.data, { baseUri: toVirtualPath('openapi.yaml'), dereferenceInline: true, dereferenceRemote: true });
    const responses = (resolved.result as { paths: Record<string, { get: { responses: Record<string, { description: string; content?: unknown }> } }> }).paths['/pets']!.get.responses;
    expect(responses['200']!.content).toEqual({ 'application/json': { schema: { type: 'object', properties: { name: { type: 'string' } } } } });
    expect(Object.isFrozen(resolved.result)).toBe(false);
    expect(Object.isFrozen(responses['200'])).toBe(false);
  });
});
