// The text of `api-review --help`.
export const usage = `api-review — review changes to API descriptions (OpenAPI 2.0, 3.0, 3.1)

Usage:
  api-review review BASE HEAD        review HEAD against BASE; prints the review the App would post
  api-review review --git BASE..HEAD [SPEC...]
                                     review the specs a git range changes (HEAD empty: working tree)
  api-review diff BASE HEAD          breaking-change detection only
  api-review lint SPEC               lint one description with the configured ruleset
  api-review changelog BASE HEAD     what changed, for the API's consumers (--format markdown|html|json;
                                     also --git BASE..HEAD); html is one self-contained page
  api-review explain <rule-id>       explain a breaking-change check or a lint rule
  api-review digest                  build and upsert the weekly governance digest (App env vars)

Options:
  -f, --format <markdown|json|sarif> output format (lint: text|json|sarif; default markdown/text);
                                     diff and lint also print github-actions (workflow annotations)
                                     and junit (JUnit XML: a <failure> per finding at --fail-on, or error)
      --fail-on <error|warning|info|none>
                                     diff, lint: exit 1 when a finding reaches this level (default none)
  -o, --output <file>                diff, lint: write the result to a file instead of standard output
  -c, --config <file>                config file (default: .github/api-review.yml if present)
  -r, --ruleset <file>               Spectral ruleset to lint with, instead of the configured one
      --git <BASE..HEAD>             compare two revisions of the git repository of the working directory
      --now <date>                   the review's "now" (sunset dates), ISO 8601; default: the clock
  -q, --quiet                        review, diff: no progress line on standard error (shown only on a terminal)
  -h, --help                         this text
  -v, --version                      the version

Exit codes: 0 success, 1 the review's verdict fails (diff, lint: a finding reaches --fail-on),
2 usage or input error.
`;
