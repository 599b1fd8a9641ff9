import { describe, expect, it } from 'vitest';
import { diffProtobuf } from '../../../src/formats/protobuf/diff-protobuf.js';
import { memorySource } from '../../../src/specs/memory-source.js';

const userProto = `syntax = "proto3";
package acme.user.v1;

import "acme/user/v1/status.proto";

message User {
  string id = 1;
  string email = 2;
  int32 age = 3;
  Status status = 4;
}
`;
const statusProto = `syntax = "proto3";
package acme.user.v1;

enum Status {
  STATUS_UNSPECIFIED = 0;
  STATUS_ACTIVE = 1;
}
`;
const path = 'proto/acme/user/v1/user.proto';

function revision(user: string, status = statusProto) {
  const source = memorySource({ [path]: user, 'proto/acme/user/v1/status.proto': status });
  return { source, path, text: user };
}

async function changesOf(headUser: string, headStatus = statusProto) {
  const result = await diffProtobuf(revision(userProto), revision(headUser, headStatus));
  expect(result.problems).toEqual([]);
  return result.changes.map((change) => `${change.level} ${change.id}`).sort();
}

describe('diffProtobuf (buf breaking)', () => {
  it.each([
    {
      name: 'a field removed without reserving its number',
      head: userProto.replace('  string email = 2;\n', ''),
      expected: ['error FIELD_NO_DELETE'],
    },
    {
      name: 'a field removed with its number and name reserved',
      head: userProto.replace('  string email = 2;\n', '  reserved 2;\n  reserved "email";\n'),
      expected: ['warning FIELD_NO_DELETE'],
    },
    {
      name: 'a field number changed',
      head: userProto.replace('email = 2', 'email = 7'),
      expected: ['error FIELD_NO_DELETE'],
    },
    { name: 'a field type changed', head: userProto.replace('int32 age', 'string age'), expected: ['error FIELD_SAME_TYPE'] },
    { name: 'the package changed', head: userProto.replace('package acme.user.v1;', 'package acme.user.v2;').replace('  Status status', '  acme.user.v1.Status status'), expected: ['error FILE_SAME_PACKAGE'] },
    { name: 'a field added', head: userProto.replace('  Status status = 4;\n', '  Status status = 4;\n  string phone = 5;\n'), expected: [] },
    { name: 'a comment changed', head: userProto.replace('message User {', '// A person.\nmessage User {'), expected: [] },
  ])('$name', async ({ head, expected }) => {
    expect(await changesOf(head)).toEqual(expected);
  });

  it('resolves imports inside the repository and reports changes in the imported file', async () => {
    const result = await diffProtobuf(revision(userProto), revision(userProto, statusProto.replace('  STATUS_ACTIVE = 1;\n', '')));
    // Only the reviewed file is judged; its import is read so that it compiles.
    expect(result.problems).toEqual([]);
    expect(result.changes).toEqual([]);
  });

  it('points at the head file, line and column, with the format', async () => {
    const result = await diffProtobuf(revision(userProto), revision(userProto.replace('int32 age', 'string age')));
    expect(result.changes[0]).toMatchObject({ format: 'protobuf', operation: 'message User', source: { file: path, line: 9, column: 3 } });
  });

  it('reports a head that does not compile as a problem with its line', async () => {
    const result = await diffProtobuf(revision(userProto), revision(userProto.replace('int32 age = 3;', 'int32 age = ;')));
    expect(result.changes).toEqual([]);
    expect(result.problems[0]).toMatchObject({ code: 'parse-error', source: { file: path, line: 9 } });
  });

  it('two files of different names are one contract (a rename, or `diff a.proto b.proto`)', async () => {
    const head = userProto.replace('int32 age', 'string age');
    const result = await diffProtobuf(revision(userProto), { source: memorySource({ 'v2/user.proto': head }), path: 'v2/user.proto', text: head.replace(/import[^\n]*\n/, '').replace('  Status status = 4;\n', '  reserved 4;\n') });
    expect(result.problems).toEqual([]);
    expect(result.changes.map((change) => `${change.id} ${change.source.file}`).sort()).toEqual(['FIELD_NO_DELETE v2/user.proto', 'FIELD_SAME_TYPE v2/user.proto']);
  });

  it('a deleted file is FILE_NO_DELETE', async () => {
    const result = await diffProtobuf(revision(userProto), undefined);
    expect(result.changes).toMatchObject([{ id: 'FILE_NO_DELETE', level: 'error', source: { file: path, line: 1 } }]);
  });
});
