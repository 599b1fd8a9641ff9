// Compiled AJV validators are shared by schema content while a marked lint runs, and only then.
import { describe, expect, it } from 'vitest';
import { requireAsDependencyOf } from '../../../src/lint/spectral-patches/dependency-require.js';
import { withValidatorCache } from '../../../src/lint/spectral-patches/validator-cache.js';

// The AJV Spectral's schema function compiles with (a dependency of Spectral, not of ours).
type Validator = ((value: unknown) => boolean) & { errors?: unknown };
type AjvClass = new (options?: { allErrors?: boolean; coerceTypes?: boolean }) => { compile(schema: object): Validator; addKeyword(keyword: string): unknown };
const spectralRequire = requireAsDependencyOf('@stoplight/spectral-functions');
const Ajv = (spectralRequire('ajv') as { default: AjvClass }).default;

const schema = () => ({ type: 'object', required: ['id'], properties: { id: { type: 'string' }, size: { enum: ['s', 'm'] } } });

describe('withValidatorCache', () => {
  it('gives one validator for equal schemas compiled by instances of one flavour', async () => {
    await withValidatorCache(async () => {
      const first = new Ajv({ allErrors: true }).compile(schema());
      const second = new Ajv({ allErrors: true }).compile(schema());
      expect(second).toBe(first);
    });
  });

  it('keeps flavours and contents apart', async () => {
    await withValidatorCache(async () => {
      const all = new Ajv({ allErrors: true }).compile(schema());
      const first = new Ajv({ allErrors: false }).compile(schema());
      const other = new Ajv({ allErrors: true }).compile({ ...schema(), required: ['size'] });
      expect(first).not.toBe(all);
      expect(other).not.toBe(all);
    });
  });

  it('keeps instances configured otherwise apart: options, keywords', async () => {
    await withValidatorCache(async () => {
      const plain = new Ajv({ allErrors: true }).compile(schema());
      const coercing = new Ajv({ allErrors: true, coerceTypes: true }).compile(schema());
      expect(coercing).not.toBe(plain);
      expect(coercing({ id: 3 })).toBe(true);
      expect(plain({ id: 3 })).toBe(false);
      const extended = new Ajv({ allErrors: true });
      extended.addKeyword('x-extra');
      expect(extended.compile(schema())).not.toBe(plain);
    });
  });

  it('validates as a fresh compilation does', async () => {
    const fresh = new Ajv({ allErrors: true }).compile(schema());
    await withValidatorCache(async () => {
      const cached = new Ajv({ allErrors: true }).compile(schema());
      new Ajv({ allErrors: true }).compile(schema());
      for (const value of [{ id: 'a' }, { size: 'x' }, { id: 3, size: 's' }, 'text']) {
        expect(cached(value)).toBe(fresh(value));
        expect(cached.errors ?? null).toEqual(fresh.errors ?? null);
      }
    });
  });

  it('compiles as AJV does outside a marked lint', async () => {
    await withValidatorCache(async () => undefined);
    expect(new Ajv().compile(schema())).not.toBe(new Ajv().compile(schema()));
  });
});
