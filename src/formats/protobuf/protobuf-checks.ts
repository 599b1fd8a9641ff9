// analyze: the catalog of Protobuf checks — buf's breaking rule ids (its FILE category and the
// reservation rules we run beside it), as data for `api-review explain` and docs/rules.md.
// Descriptions follow buf's rule documentation; migrations speak of messages, fields and numbers.
import type { CheckMeta } from '../../diff/check.js';

const rules: readonly [id: string, description: string, migration: string][] = [
  ['FILE_NO_DELETE', 'A .proto file was deleted.', 'Regenerate your code; stop importing the deleted file.'],
  ['FILE_SAME_PACKAGE', 'A file changed its package: every type in it has a new fully-qualified name.', 'Regenerate your code and use the new package name in imports and gRPC paths.'],
  ['PACKAGE_NO_DELETE', 'A package was deleted.', 'Regenerate your code; stop using the package.'],
  ['MESSAGE_NO_DELETE', 'A message was deleted.', 'Stop using the message {{operation}}.'],
  ['FIELD_NO_DELETE', 'A field was deleted (a warning when its number is reserved: the wire stays compatible, generated code loses it).', 'Stop reading and writing the field; never reuse its field number.'],
  ['FIELD_NO_DELETE_UNLESS_NUMBER_RESERVED', 'A field was deleted without reserving its number, so a later field may reuse it with another meaning.', 'Reserve the field number in {{operation}} (`reserved N;`) and stop using the field.'],
  ['FIELD_NO_DELETE_UNLESS_NAME_RESERVED', 'A field was deleted without reserving its name (breaks JSON).', 'Stop using the field; reserve its name.'],
  ['FIELD_SAME_TYPE', 'A field changed its type.', 'Update code that reads or writes the field of {{operation}} to its new type; old messages decode differently.'],
  ['FIELD_SAME_NAME', 'A field number now has another name.', 'Use the new field name in generated code and JSON.'],
  ['FIELD_SAME_JSON_NAME', 'A field changed its JSON name.', 'Use the new JSON name when sending or reading JSON.'],
  ['FIELD_SAME_CARDINALITY', 'A field changed between optional, required and repeated.', 'Update code that reads or writes the field of {{operation}}.'],
  ['FIELD_SAME_ONEOF', 'A field moved into or out of a oneof.', 'Update code that reads or writes the field of {{operation}}.'],
  ['FIELD_SAME_DEFAULT', 'A field changed its default value.', 'Do not rely on the old default of the field.'],
  ['FIELD_WIRE_COMPATIBLE_TYPE', 'A field changed to a type that is not wire compatible.', 'Update code that reads or writes the field of {{operation}}.'],
  ['FIELD_WIRE_JSON_COMPATIBLE_TYPE', 'A field changed to a type that is not wire or JSON compatible.', 'Update code that reads or writes the field of {{operation}}.'],
  ['ENUM_NO_DELETE', 'An enum was deleted.', 'Stop using the enum {{operation}}.'],
  ['ENUM_VALUE_NO_DELETE', 'An enum value was deleted (a warning when its number is reserved).', 'Stop sending the value; handle unknown values when reading.'],
  ['ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED', 'An enum value was deleted without reserving its number.', 'Reserve the number in {{operation}} and stop using the value.'],
  ['ENUM_VALUE_NO_DELETE_UNLESS_NAME_RESERVED', 'An enum value was deleted without reserving its name.', 'Stop using the value; reserve its name.'],
  ['ENUM_VALUE_SAME_NAME', 'An enum number now has another name.', 'Use the new value name.'],
  ['SERVICE_NO_DELETE', 'A gRPC service was deleted.', 'Stop calling the service {{operation}}.'],
  ['RPC_NO_DELETE', 'An RPC was deleted from a service.', 'Stop calling the RPC on {{operation}}.'],
  ['RPC_SAME_REQUEST_TYPE', 'An RPC changed its request message.', 'Send the new request message to the RPC of {{operation}}.'],
  ['RPC_SAME_RESPONSE_TYPE', 'An RPC changed its response message.', 'Read the new response message of the RPC of {{operation}}.'],
  ['RPC_SAME_CLIENT_STREAMING', 'An RPC changed whether the client streams.', 'Change how you call the RPC of {{operation}}.'],
  ['RPC_SAME_SERVER_STREAMING', 'An RPC changed whether the server streams.', 'Change how you read the RPC of {{operation}}.'],
  ['ONEOF_NO_DELETE', 'A oneof was deleted.', 'Update code that uses the oneof of {{operation}}.'],
  ['RESERVED_MESSAGE_NO_DELETE', 'A reserved range or name was removed from a message, so its numbers may be reused.', 'Keep the reservation in {{operation}}.'],
  ['RESERVED_ENUM_NO_DELETE', 'A reserved range or name was removed from an enum.', 'Keep the reservation in {{operation}}.'],
  ['FILE_SAME_SYNTAX', 'A file changed its syntax (proto2, proto3, editions).', 'Regenerate your code.'],
  ['FILE_SAME_GO_PACKAGE', 'A file changed its go_package option.', 'Update Go imports of the generated code.'],
  ['FILE_SAME_JAVA_PACKAGE', 'A file changed its java_package option.', 'Update Java imports of the generated code.'],
];

export const protobufChecks: readonly CheckMeta[] = rules.map(([id, description, migration]) => ({
  id,
  family: 'protobuf',
  level: 'error',
  direction: 'none',
  description: `${description} (buf's \`${id}\`.)`,
  migration,
}));
