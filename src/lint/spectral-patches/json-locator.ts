// analyze: where a JSON path stands in a JSON file, found as Spectral's JSON locator finds it,
// but with an index of each large object's members. The locator scans an object's members in
// written order at each step of each path; every finding is located this way, and on GitHub's
// description each one scanned the 900 paths or the 900 schemas again (1 s of a review).
import type { IRange } from '@stoplight/types';

/** The jsonc-parser AST nodes of Spectral's JSON parse, as far as locating reads them. */
export interface JsonAstNode {
  type: string;
  value?: unknown;
  children?: JsonAstNode[];
  range?: IRange;
}

/** Objects with fewer members are scanned, as the original does: an index would not pay. */
const SCANNED_MEMBERS = 16;
const memberIndexes = new WeakMap<JsonAstNode, Map<string, JsonAstNode>>();

/** Same answers as `Parsers.Json.getLocationForJsonPath` of `@stoplight/spectral-parsers`. */
export function locateInJson(parsed: { ast: JsonAstNode }, path: ReadonlyArray<string | number>, closest = false): { range: IRange } | undefined {
  const node = nodeAtPath(parsed.ast, path, closest);
  return node !== undefined && node.range !== undefined ? { range: node.range } : undefined;
}

function nodeAtPath(root: JsonAstNode, path: ReadonlyArray<string | number>, closest: boolean): JsonAstNode | undefined {
  let node = root;
  for (const segment of path) {
    // As the original: a segment that reads as an integer is an index, or the member named by
    // its number ("007" looks for "7"), and an empty one is 0.
    const key = Number.isInteger(Number(segment)) ? Number(segment) : segment;
    if (typeof key === 'string' || node.type !== 'array') {
      if (node.type !== 'object' || !Array.isArray(node.children)) return closest ? node : undefined;
      const member = memberOf(node, node.children, String(key));
      if (member === undefined) return closest ? node : undefined;
      node = member;
      continue;
    }
    if (key < 0 || !Array.isArray(node.children) || key >= node.children.length) return closest ? node : undefined;
    node = node.children[key] as JsonAstNode;
  }
  return node;
}

/** The value node of the first complete member named `name`. */
function memberOf(object: JsonAstNode, members: JsonAstNode[], name: string): JsonAstNode | undefined {
  if (members.length < SCANNED_MEMBERS) return members.find((member) => isMemberNamed(member, name))?.children?.[1];
  let index = memberIndexes.get(object);
  if (index === undefined) {
    index = new Map();
    for (const member of members) {
      const named = member.children?.[0]?.value;
      if (typeof named === 'string' && !index.has(named) && isMemberNamed(member, named)) index.set(named, member.children![1] as JsonAstNode);
    }
    memberIndexes.set(object, index);
  }
  return index.get(name);
}

/** A property node with its key and its value (one cut short by a parse error has no value). */
function isMemberNamed(member: JsonAstNode, name: string): boolean {
  return Array.isArray(member.children) && member.children[0]?.value === name && member.children.length === 2;
}
