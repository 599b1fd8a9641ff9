import { ChangeType } from '@graphql-inspector/core';
import { describe, expect, it } from 'vitest';
import { explainCheck } from '../../src/diff/explain-check.js';
import { renderRulesDoc } from '../../src/diff/rules-doc.js';
import { payloadCheckId } from '../../src/formats/asyncapi/asyncapi-checks.js';
import { formatCatalog } from '../../src/formats/format-catalog.js';

describe('the catalog of the other formats', () => {
  it.each([
    { id: 'FIELD_REMOVED', says: 'graphql-inspector' },
    { id: 'FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED', says: "buf's" },
    { id: 'channel-removed', says: 'error (breaking)' },
    { id: 'sent-payload-property-became-required', says: 'clients send' },
  ])('explain knows $id', ({ id, says }) => {
    expect(explainCheck(id)).toContain(says);
  });

  it('has every graphql-inspector change type', () => {
    const ids = new Set(formatCatalog.map((check) => check.id));
    for (const type of Object.values(ChangeType)) expect(ids.has(type), type).toBe(true);
  });

  it('docs/rules.md lists every id of every format', () => {
    const doc = renderRulesDoc();
    for (const check of formatCatalog) expect(doc).toContain(`| \`${check.id}\` ${check.ours === true ? '(ours) ' : ''}|`);
  });

  it.each([
    { schemaId: 'request-property-became-required', expected: 'sent-payload-property-became-required' },
    { schemaId: 'new-required-request-property', expected: 'sent-payload-new-required-property' },
    { schemaId: 'response-body-type-changed', expected: 'received-payload-type-changed' },
    { schemaId: 'response-required-property-removed', expected: 'received-payload-required-property-removed' },
    { schemaId: 'request-parameter-became-required', expected: undefined },
  ])('payload id of $schemaId', ({ schemaId, expected }) => {
    expect(payloadCheckId(schemaId)).toBe(expected);
  });
});
