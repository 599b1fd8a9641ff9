// Body properties deprecated under the repository's notice period, as oasdiff's
// checker/check_request_property_deprecation_test.go and check_response_property_deprecation_test.go
// document them. The review's date is 2025-06-15 (spec-pair.ts NOW).
import { describe, expect, it } from 'vitest';
import { diff, openapi } from '../spec-pair.js';

interface Body {
  property?: string;
  stability?: string;
  mediaTypes?: string[];
  statuses?: string[];
}

/** POST /test whose request and response bodies are `#/components/schemas/Thing` (one property `oldField`). */
function document({ property = '', stability, mediaTypes = ['application/json'], statuses = ['200'] }: Body): string {
  const content = mediaTypes.map((type) => `            ${type}: { schema: { $ref: '#/components/schemas/Thing' } }`).join('\n');
  const responses = statuses
    .map((status) => `        '${status}':\n          description: ok\n          content:\n${content.replace(/^ {12}/gm, '            ')}`)
    .join('\n');
  return openapi(`paths:
  /test:
    post:
${stability === undefined ? '' : `      x-stability-level: ${stability}\n`}      requestBody:
        content:
${content}
      responses:
${responses}
components:
  schemas:
    Thing:
      type: object
      properties:
        oldField:
          type: string
${property.split('\n').filter((line) => line !== '').map((line) => `          ${line}`).join('\n')}
`);
}

const deprecated = (sunset?: string) => `deprecated: true${sunset === undefined ? '' : `\nx-sunset: '${sunset}'`}`;

async function propertyIds(base: Body, head: Body, config: Record<string, unknown> = {}): Promise<string[]> {
  const changes = await diff(document(base), document(head), config);
  return changes.map((change) => change.id).filter((id) => /-property-(deprecated|sunset|reactivated)/.test(id)).sort();
}

describe('property deprecation policy', () => {
  it.each([
    // TestRequestPropertyDeprecation_MessageWithoutDetails
    { name: 'deprecated, no policy, no sunset', base: {}, head: { property: deprecated() }, config: {}, expected: ['request-property-deprecated', 'response-property-deprecated'] },
    // TestRequestPropertyDeprecationCheck
    { name: 'deprecated with a sunset, no policy', base: {}, head: { property: deprecated('2026-01-01') }, config: {}, expected: ['request-property-deprecated-with-sunset', 'response-property-deprecated-with-sunset'] },
    // TestRequestPropertyDeprecation_WithoutSunsetWithPolicy (WithDeprecation(30, 100))
    {
      name: 'no sunset under a notice period',
      base: {},
      head: { property: deprecated() },
      config: { deprecation_days: { beta: 30, stable: 100 } },
      expected: ['request-property-deprecated-sunset-missing', 'response-property-deprecated-sunset-missing'],
    },
    // TestRequestPropertyDeprecation_WithEarlySunset: 9 days away, 10 required
    {
      name: 'sunset closer than the notice period',
      base: {},
      head: { property: deprecated('2025-06-24') },
      config: { deprecation_days: { stable: 10 } },
      expected: ['request-property-sunset-date-too-small', 'response-property-sunset-date-too-small'],
    },
    // TestRequestPropertyDeprecation_WithProperSunset: 10 days away, 10 required
    {
      name: 'sunset exactly at the notice period',
      base: {},
      head: { property: deprecated('2025-06-25') },
      config: { deprecation_days: { stable: 10 } },
      expected: ['request-property-deprecated-with-sunset', 'response-property-deprecated-with-sunset'],
    },
    // the beta period applies to beta operations
    {
      name: 'beta operation, beta period',
      base: { stability: 'beta' },
      head: { stability: 'beta', property: deprecated('2025-06-20') },
      config: { deprecation_days: { stable: 100, beta: 3 } },
      expected: ['request-property-deprecated-with-sunset', 'response-property-deprecated-with-sunset'],
    },
    // TestRequestPropertyDeprecation_WithInvalidSunset
    { name: 'unreadable sunset', base: {}, head: { property: deprecated('next spring') }, config: { deprecation_days: { stable: 10 } }, expected: ['request-property-deprecated-sunset-invalid', 'response-property-deprecated-sunset-invalid'] },
    { name: 'unreadable sunset, no policy', base: {}, head: { property: deprecated('next spring') }, config: {}, expected: ['request-property-deprecated-sunset-invalid', 'response-property-deprecated-sunset-invalid'] },
    // TestRequestPropertyDeprecation_DetectsReactivated
    { name: 'reactivated', base: { property: deprecated('2026-01-01') }, head: {}, config: { deprecation_days: { stable: 10 } }, expected: ['request-property-reactivated', 'response-property-reactivated'] },
    // TestRequestPropertyDeprecation_WithInvalidStability: skipped, the stability level is reported once
    { name: 'invalid stability level of the operation', base: {}, head: { stability: 'experimental', property: deprecated('2026-01-01') }, config: {}, expected: [] },
    // TestRequestPropertyDeprecation_ForAlpha
    { name: 'alpha operation', base: { stability: 'alpha' }, head: { stability: 'alpha', property: deprecated() }, config: { deprecation_days: { stable: 10 } }, expected: [] },
  ])('$name', async ({ base, head, config, expected }) => {
    expect(await propertyIds(base, head, config)).toEqual(expected);
  });

  // TestRequestPropertyDeprecationCheck_AllOf, TestRequestPropertyDeprecationCheck_MediaTypeContext (issue #594)
  it('reports a shared deprecated property once per media type, naming it', async () => {
    const base = document({ mediaTypes: ['application/json', 'application/xml'] });
    const head = document({ mediaTypes: ['application/json', 'application/xml'], property: deprecated('2026-01-01') });
    const changes = (await diff(base, head)).filter((change) => change.id === 'request-property-deprecated-with-sunset');
    expect(changes).toHaveLength(2);
    expect(changes.map((change) => /application\/(json|xml)/.exec(change.message)?.[0]).sort()).toEqual(['application/json', 'application/xml']);
  });

  it('reports a shared deprecated property once per response status', async () => {
    const base = document({ statuses: ['200', '201'] });
    const head = document({ statuses: ['200', '201'], property: deprecated() });
    const changes = (await diff(base, head)).filter((change) => change.id === 'response-property-deprecated');
    expect(changes.map((change) => /`(20[01])`/.exec(change.message)?.[1]).sort()).toEqual(['200', '201']);
  });

  // TestRequestPropertyDeprecationCheck_AllOf: the property sits in an allOf member
  it('judges a property deprecated inside an allOf member', async () => {
    const allOf = (property: string) =>
      openapi(`paths:
  /test:
    post:
      requestBody:
        content:
          application/json:
            schema:
              allOf:
                - { type: object, properties: { name: { type: string } } }
                - type: object
                  properties:
                    oldField: { type: string${property} }
      responses:
        '200': { description: ok }
`);
    const changes = await diff(allOf(''), allOf(', deprecated: true'), { deprecation_days: { stable: 30 } });
    expect(changes.map((change) => change.id)).toEqual(['request-property-deprecated-sunset-missing']);
  });
});
