// analyze: which operations create a resource. A POST answering 201 does, and so does a POST its
// author names a creation (`createOrder`, "Create an order") whatever success code it documents:
// the idempotency and naming guidelines both ask about creations, and must agree on them.
import { responsesOf, type Operation } from './api-document.js';

const CREATE_WORDS = /^(create|add|register|open|new)(?=[A-Z_\s-]|$)/i;

export function createsResource(root: unknown, operation: Operation): boolean {
  if (operation.method !== 'post') return false;
  if (responsesOf(root, operation).has('201')) return true;
  const { operationId, summary } = operation.value;
  return (typeof operationId === 'string' && CREATE_WORDS.test(operationId)) || (typeof summary === 'string' && CREATE_WORDS.test(summary.trim()));
}
