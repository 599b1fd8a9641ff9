import { describe, expect, it } from 'vitest';
import { fieldRefusal, givenRefusal } from '../../src/lint/jsonpath-safety.js';

describe('givenRefusal', () => {
  it.each([
    '$',
    '$.info',
    '$.paths[*][*]',
    '$..parameters[*]',
    "$['x-internal']",
    '$.paths[*]~',
    '$.components.schemas[*].properties[*]^',
    '$..[description,title]',
    '$.servers[0:2]',
    "$.paths[*][?(@property === 'get' || @property === 'post')]",
    "$..parameters[?(@.in == 'query' && !@.required)]",
    "$..[?(@['x-owner'] !== null && @.deprecated === true)]",
    '$..[?(@path.length > 3)]',
    '#Alias',
    "#Alias[?(@.in === 'path')]",
  ])('accepts %s', (expression) => expect(givenRefusal(expression)).toBeUndefined());

  it.each([
    { expression: "$..[?(@.constructor.constructor('x')())]", reason: /function call/ },
    { expression: "$..[?(@['constructor'])]", reason: /the member `constructor`/ },
    { expression: '$..[?(@.__proto__)]', reason: /the member `__proto__`/ },
    { expression: "$..[?(@['\\u0063onstructor'])]", reason: /escape sequence/ },
    { expression: "$..[?(@.name === 'a\\tb')]", reason: /escape sequence/ },
    { expression: "$..[?(@.a.match(/x/))]", reason: /function call/ },
    { expression: '$..[?(@.a == /x/)]', reason: /regular expression/ },
    { expression: "$..[?(@property ~= 'x')]", reason: /operator `~=`/ },
    { expression: "$..[?('a' in @)]", reason: /operator `in`/ },
    { expression: '$..[?(@.a = 1)]', reason: /./ },
    { expression: '$..[?(process)]', reason: /the name `process`/ },
    { expression: '$..[?(this)]', reason: /./ },
    { expression: '$..[?(@[@.key])]', reason: /computed member/ },
    { expression: '$..[?(@.a ? 1 : 2)]', reason: /can compile/ },
    { expression: "$..[?(@@custom(@))]", reason: /./ },
    { expression: "$[(@.constructor.constructor('x')())]", reason: /./ },
    { expression: "$..a..b['?(@.constructor.constructor(1)())']", reason: /function call/ },
    { expression: "$..a..b[x,?(@.constructor.constructor(1)())]", reason: /./ },
    // jsonpath-plus cuts this filter at the first `)'`: what it would evaluate is not what nimma reads.
    { expression: "$..[?(@['(x)'])]", reason: /filter `@\['\(x` that does not parse/ },
    { expression: '$[', reason: /cannot|not a JSONPath/ },
    { expression: "#Alias[?(@.constructor.constructor('x')())]", reason: /function call/ },
  ])('refuses $expression', ({ expression, reason }) => expect(givenRefusal(expression)).toMatch(reason));
});

describe('fieldRefusal', () => {
  it.each(['name', 'properties.id', '@key', '$.x-foo', "$['a b']", '$..name', "$[?(@.in === 'query')]"])('accepts %s', (field) =>
    expect(fieldRefusal(field)).toBeUndefined(),
  );

  it.each(["$[?(@.constructor.constructor('x')())]", "$[(@.constructor.constructor('x')())]", "$[a,?(@.x.y())]"])('refuses %s', (field) =>
    expect(fieldRefusal(field)).toMatch(/code/),
  );
});
