// Test support: a real review (loader, diff engine, assess) over two small versions of an
// orders API, plus the loaded sides the model excerpts are cut from. No lint: prose is about changes.
import { configSchema, type ReviewConfig } from '../../src/config/config-schema.js';
import { diffSpecs } from '../../src/diff/diff-specs.js';
import type { SpecSides } from '../../src/llm/changed-operations.js';
import { assessReview } from '../../src/review/assess-review.js';
import type { Review } from '../../src/review/review.js';
import { loadSpec } from '../../src/specs/load-spec.js';
import { memorySource } from '../../src/specs/memory-source.js';
import { specAnalysis } from '../review/analysis-fixtures.js';

export const NOW = new Date('2025-06-15T12:00:00Z');
export const specPath = 'openapi.yaml';
export const fakeGithubToken = 'ghp_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
export const fakeAwsKey = 'AKIA' + 'IOSFODNN7EXAMPLE';

export function baseSpec(description = 'Creates an order.'): string {
  return `openapi: 3.0.3
info:
  title: Orders
  version: '1.0'
paths:
  /orders:
    post:
      operationId: createOrder
      description: ${JSON.stringify(description)}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/NewOrder'
      responses:
        '201':
          description: Created
  /orders/{id}:
    get:
      operationId: getOrder
      parameters:
        - name: id
          in: path
          required: true
          schema: { type: string }
      responses:
        '200':
          description: The order
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Order'
  /customers:
    get:
      operationId: listCustomers
      description: UNCHANGED_OPERATION_MARKER
      responses:
        '200':
          description: Customers
components:
  schemas:
    NewOrder:
      type: object
      properties:
        item: { type: string }
        password:
          type: string
          example: hunter2-very-secret
    Order:
      type: object
      properties:
        id: { type: string }
        total: { type: number }
`;
}

/** The head: a new required field, a removed response property, a new operation. */
export function headSpec(description = 'Creates an order.'): string {
  return baseSpec(description)
    .replace(
      "        item: { type: string }\n",
      "        item: { type: string }\n        currency: { type: string }\n",
    )
    .replace('          example: hunter2-very-secret\n', '          example: hunter2-very-secret\n      required: [currency]\n')
    .replace("        total: { type: number }\n", '')
    .replace(
      '  /customers:\n',
      `  /orders/{id}/cancel:
    post:
      operationId: cancelOrder
      description: Cancels an order.
      parameters:
        - name: Authorization
          in: header
          schema: { type: string }
          example: Bearer ${fakeGithubToken}
        - name: X-Aws-Key
          in: header
          schema: { type: string }
          example: ${fakeAwsKey}
      responses:
        '204':
          description: Cancelled
  /customers:
`,
    );
}

export function configWith(llm: Partial<ReviewConfig['llm']> = {}): ReviewConfig {
  return configSchema.parse({ llm: { enabled: true, ...llm } });
}

export interface Reviewed {
  review: Review;
  sides: SpecSides[];
}

export async function reviewOf(base: string, head: string, config: ReviewConfig = configWith()): Promise<Reviewed> {
  const [baseSpecLoaded, headSpecLoaded] = await Promise.all([
    loadSpec(memorySource({ [specPath]: base }), specPath),
    loadSpec(memorySource({ [specPath]: head }), specPath),
  ]);
  const changes = diffSpecs(baseSpecLoaded, headSpecLoaded, { config: config.breaking, now: NOW });
  const review = assessReview({
    specs: [specAnalysis(changes, { spec: specPath })],
    config,
    acceptances: [],
    now: NOW,
  });
  return { review, sides: [{ spec: specPath, base: baseSpecLoaded, head: headSpecLoaded }] };
}
