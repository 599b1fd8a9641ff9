import { ChangeType } from '@graphql-inspector/core';
import { describe, expect, it } from 'vitest';
import { graphqlChangeTypes } from '../../../src/formats/graphql/graphql-change-types.js';

describe('graphqlChangeTypes', () => {
  it("lists exactly graphql-inspector's change types, so the catalog follows an upgrade", () => {
    expect([...graphqlChangeTypes].sort()).toEqual(Object.values(ChangeType).sort());
  });
});
