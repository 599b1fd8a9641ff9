// Bytes become text once: the pipeline reads a contract's root to recognise its format, then its
// loader reads the same bytes again (src/pipeline/read-once-source.ts hands them over), and
// decoding 13 MB is about 50 ms each time. The text is the same either way.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeText } from '../../src/specs/parse-file.js';

afterEach(() => {
  vi.restoreAllMocks();
});

const encoded = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeText', () => {
  it.each([
    { name: 'UTF-8 text', bytes: encoded('{"é": "✓"}'), text: '{"é": "✓"}' },
    { name: 'a byte order mark is dropped', bytes: Uint8Array.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), text: '{}' },
    { name: 'a NUL byte is binary', bytes: Uint8Array.from([0x7b, 0x00, 0x7d]), text: undefined },
    { name: 'invalid UTF-8', bytes: Uint8Array.from([0x7b, 0xc3, 0x28, 0x7d]), text: undefined },
  ])('$name, the same when asked again', ({ bytes, text }) => {
    expect(decodeText(bytes)).toBe(text);
    expect(decodeText(bytes)).toBe(text);
  });

  it('decodes the same bytes once', () => {
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    const bytes = encoded('{"openapi": "3.1.0"}');
    expect(decodeText(bytes)).toBe('{"openapi": "3.1.0"}');
    expect(decodeText(bytes)).toBe('{"openapi": "3.1.0"}');
    expect(decode).toHaveBeenCalledTimes(1);
  });

  it('decodes other bytes of the same content again (bytes are recognised, not compared)', () => {
    const decode = vi.spyOn(TextDecoder.prototype, 'decode');
    expect(decodeText(encoded('{}'))).toBe('{}');
    expect(decodeText(encoded('{}'))).toBe('{}');
    expect(decode).toHaveBeenCalledTimes(2);
  });
});
