// The repository's `.github/api-review.yml`, validated with zod. Every key is optional;
// the defaults here are the documented ones (README "Configuration").
import { z } from 'zod';
import { parseIsoDate } from '../review/expiry-date.js';
import { digestScheduleProblem } from './digest-schedule.js';
import { hasCheck } from '../diff/catalog.js';
import { findFormatCheck } from '../formats/format-catalog.js';

const levelName = z.enum(['error', 'warning', 'info', 'off']);

/** A calendar day; YAML reads an unquoted `2027-03-31` as a date, so both forms are taken. */
const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string().refine((text) => parseIsoDate(text) !== undefined, { message: 'a date is written YYYY-MM-DD' }),
);

const ignoreEntry = z
  .object({
    id: z.string().optional(),
    operation: z.string().optional(),
    path: z.string().optional(),
    reason: z.string().min(1, 'an ignore entry needs a reason'),
    /** The last day (UTC) the entry applies; past it, the review lists the entry as expired. */
    expires: isoDate.optional(),
  })
  .strict()
  .refine((entry) => entry.id ?? entry.operation ?? entry.path, {
    message: 'an ignore entry names at least one of id, operation or path',
  });

const lintOverride = z
  .object({
    /** A Spectral rule code (a glob: `owasp:*`). */
    rule: z.string().min(1),
    /** Spec files (globs over the repository path) the rule is off for; absent: every spec. */
    paths: z.array(z.string().min(1)).min(1).optional(),
    reason: z.string().min(1, 'a lint override needs a reason'),
    /** The last day (UTC) the override applies; past it, the rule counts again and the review says so. */
    expires: isoDate.optional(),
  })
  .strict();

/** A level for an id no engine reports is a typo that would silently never apply: refused like an unknown key. */
function knownCheckIds(levels: Record<string, unknown>, ctx: z.RefinementCtx): void {
  for (const id of Object.keys(levels)) {
    if (hasCheck(id) || findFormatCheck(id) !== undefined) continue;
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: [id], message: `unknown check id \`${id}\` (see \`api-review explain\` and docs/rules.md)` });
  }
}

/** GitHub refuses label names over 50 characters: an admin's typo is caught here, not by a 422 later. */
const labelName = z.string().max(50);

export const limitsSchema = z
  .object({
    // Large enough for the largest public descriptions (Microsoft Graph-sized): what keeps the
    // App safe is the review's time budget and the worker's heap, not a count of operations.
    bytes_per_file: z.number().int().positive().default(64 * 1024 * 1024),
    files: z.number().int().positive().default(1000),
    // Every blob one review reads from GitHub: the specs' files, and each candidate file the
    // selection reads to see whether it is an API description. A monorepo of a thousand specs is
    // a normal repository; a pull request that makes the App read tens of thousands is not.
    files_per_review: z.number().int().positive().default(10_000),
    operations: z.number().int().positive().default(250_000),
    yaml_aliases: z.number().int().nonnegative().default(1000),
    depth: z.number().int().positive().default(200),
    seconds_per_review: z.number().positive().default(120),
  })
  .strict();

export const configSchema = z
  .object({
    specs: z.array(z.string()).default([]),
    /** Extra globs of AsyncAPI, GraphQL SDL and Protobuf files, besides each format's defaults. */
    contracts: z
      .object({
        asyncapi: z.array(z.string()).default([]),
        graphql: z.array(z.string()).default([]),
        protobuf: z.array(z.string()).default([]),
      })
      .strict()
      .default({}),
    ruleset: z.string().nullable().default(null),
    /** Honor the repository's own `.spectral.yaml|yml|json` (data only: no functions, no remote extends). */
    repo_ruleset: z.boolean().default(false),
    lint: z
      .object({
        new_errors_block: z.boolean().default(false),
        overrides: z.array(lintOverride).default([]),
      })
      .strict()
      .default({}),
    breaking: z
      .object({
        label: labelName.min(1).default('breaking-change'),
        reviewers: z
          .object({
            users: z.array(z.string()).default([]),
            teams: z.array(z.string()).default([]),
            codeowners: z.boolean().default(false),
          })
          .strict()
          .default({}),
        drafts: z.boolean().default(false),
        /** Per check id: a new level, or `off`. */
        levels: z.record(z.string(), levelName).superRefine(knownCheckIds).default({}),
        ignore: z.array(ignoreEntry).default([]),
        /** Minimum days between deprecation and sunset (0: no policy), per stability level. */
        deprecation_days: z
          .object({
            stable: z.number().int().nonnegative().default(0),
            beta: z.number().int().nonnegative().default(0),
          })
          .strict()
          .default({}),
        /** A path prefix stripped before matching operations (e.g. `/v1` and `/v2`). */
        strip_path_prefix: z.string().nullable().default(null),
        /** Compare `allOf` compositions by their merged schema (oasdiff's `--flatten-allof`). */
        flatten_allof: z.boolean().default(false),
      })
      .strict()
      .default({}),
    accept: z
      .object({
        teams: z.array(z.string()).default([]),
        label: labelName.nullable().default(null),
        /** The longest `--until` an acceptance may have, in days; also the term of one given without `--until`. */
        max_days: z.number().int().nonnegative().nullable().default(null),
      })
      .strict()
      .default({}),
    changelog: z
      .object({
        /** On merge, append the merged pull request's consumer changelog to the `API changelog` issue. */
        on_merge: z.boolean().default(false),
      })
      .strict()
      .default({}),
    limits: limitsSchema.default({}),
    llm: z
      .object({
        enabled: z.boolean().default(false),
        model: z.string().default('gpt-4o-mini'),
        max_tokens: z.number().int().positive().default(2000),
      })
      .strict()
      .default({}),
    digest: z
      .object({
        enabled: z.boolean().default(false),
        schedule: z
          .string()
          .trim()
          .default('0 8 * * 1')
          .superRefine((schedule, context) => {
            const problem = digestScheduleProblem(schedule);
            if (problem !== undefined) context.addIssue({ code: z.ZodIssueCode.custom, message: problem });
          }),
        repo: z.string().nullable().default(null),
        label: labelName.default('api-governance'),
      })
      .strict()
      .default({}),
  })
  .strict();

export type ReviewConfig = z.infer<typeof configSchema>;
export type Limits = z.infer<typeof limitsSchema>;
export type LevelOverride = z.infer<typeof levelName>;

export const defaultConfig: ReviewConfig = configSchema.parse({});
