import { describe, expect, it } from 'vitest';
import { redactSecrets, redactText } from '../../src/llm/redact-secrets.js';

// Built from parts so the file itself carries no token-shaped literal.
const github = ['ghp', 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'].join('_');
const openai = ['sk', 'proj', 'abcdefghijklmnopqrstuvwx'].join('-');
const aws = ['AKIA', 'IOSFODNN7EXAMPLE'].join('');
const url = ['postgres://', 'petsadmin', ':', 'Xy7-pass', '@db.acme.test:5432/pets'].join('');
const slack = ['https://hooks.slack.com/services/', 'T0000AAAA', '/B0000BBBB/', 'abcdefghijklmnopqrstuvwx'].join('');
const npm = ['npm', 'abcdefghijklmnopqrstuvwxyz0123456789'].join('_');
const azure = ['Zm9vYmFyYmF6cXV4', 'MTIzNDU2Nzg5MA', '+/abcdEFGH=='].join('');
const awsSecret = ['wJalrXUtnFEMI', 'K7MDENG', 'bPxRfiCYEXAMPLEKEY'].join('/');
const jwt = ['eyJhbGciOiJIUzI1NiJ9', 'eyJzdWIiOiIxMjM0NTY3ODkwIn0', 'dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U'].join('.');

describe('redactText', () => {
  it.each([
    { name: 'GitHub token', input: `token ${github} here`, expected: 'token [REDACTED] here' },
    { name: 'OpenAI key', input: `key=${openai}`, expected: 'key=[REDACTED]' },
    { name: 'AWS access key id', input: `use ${aws}`, expected: 'use [REDACTED]' },
    { name: 'bearer token', input: 'Authorization: Bearer abcdef123456789', expected: 'Authorization: Bearer [REDACTED]' },
    { name: 'JWT', input: `jwt ${jwt}`, expected: 'jwt [REDACTED]' },
    { name: 'password assignment', input: 'login with password=hunter2hunter2', expected: 'login with password=[REDACTED]' },
    { name: 'api_key in a query string', input: '/pets?api_key=abc12345&x=1', expected: '/pets?api_key=[REDACTED]&x=1' },
    { name: 'private key block', input: '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----', expected: '[REDACTED]' },
    { name: 'credentials in a URL', input: `servers: ${url}`, expected: 'servers: postgres://[REDACTED]@db.acme.test:5432/pets' },
    { name: 'a password-only URL', input: 'redis://:s3cr3tpass@cache:6379', expected: 'redis://[REDACTED]@cache:6379' },
    { name: 'Slack webhook', input: `notify ${slack} now`, expected: 'notify [REDACTED] now' },
    { name: 'npm token', input: `//registry.npmjs.org/:_authToken=${npm}`, expected: '//registry.npmjs.org/:_authToken=[REDACTED]' },
    { name: 'npm token alone', input: `use ${npm}`, expected: 'use [REDACTED]' },
    { name: 'Azure storage account key', input: `DefaultEndpointsProtocol=https;AccountName=pets;AccountKey=${azure};EndpointSuffix=core.windows.net`, expected: 'DefaultEndpointsProtocol=https;AccountName=pets;AccountKey=[REDACTED];EndpointSuffix=core.windows.net' },
    { name: 'AWS secret access key', input: `aws_secret_access_key = ${awsSecret}`, expected: 'aws_secret_access_key = [REDACTED]' },
    { name: 'AWS secret access key in an env line', input: `AWS_SECRET_ACCESS_KEY=${awsSecret}`, expected: 'AWS_SECRET_ACCESS_KEY=[REDACTED]' },
    { name: 'a URL without credentials', input: 'https://api.acme.test/v1/pets?x=1', expected: 'https://api.acme.test/v1/pets?x=1' },
    { name: 'an e-mail address', input: 'mailto:api@acme.test', expected: 'mailto:api@acme.test' },
    { name: 'ordinary prose', input: 'Returns the pet; secret sauce not included.', expected: 'Returns the pet; secret sauce not included.' },
  ])('$name', ({ input, expected }) => {
    expect(redactText(input)).toBe(expected);
  });
});

describe('redactSecrets', () => {
  it('redacts example values of sensitive fields but keeps their schema readable', () => {
    const schema = {
      type: 'object',
      properties: {
        password: { type: 'string', format: 'password', description: 'The password.', example: 'hunter2' },
        client_secret: { type: 'string', default: 'abc' },
        name: { type: 'string', example: 'Rex' },
      },
      example: { password: 'hunter2', api_key: 'k-123', name: 'Rex' },
    };
    expect(redactSecrets(schema)).toEqual({
      type: 'object',
      properties: {
        password: { type: 'string', format: 'password', description: 'The password.', example: '[REDACTED]' },
        client_secret: { type: 'string', default: '[REDACTED]' },
        name: { type: 'string', example: 'Rex' },
      },
      example: { password: '[REDACTED]', api_key: '[REDACTED]', name: 'Rex' },
    });
  });

  it('redacts examples of parameters whose name is sensitive', () => {
    const parameter = { name: 'X-API-Key', in: 'header', schema: { type: 'string' }, example: 'plain-looking-value', examples: { one: { value: 'v1' } } };
    expect(redactSecrets(parameter)).toEqual({
      name: 'X-API-Key',
      in: 'header',
      schema: { type: 'string' },
      example: '[REDACTED]',
      examples: { one: { value: '[REDACTED]' } },
    });
  });

  it('redacts token shapes anywhere, numbers and booleans untouched', () => {
    expect(redactSecrets({ description: `curl -H "Authorization: token ${github}"`, limit: 10, flag: true })).toEqual({
      description: 'curl -H "Authorization: token [REDACTED]"',
      limit: 10,
      flag: true,
    });
  });
});
