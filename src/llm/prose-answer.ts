// llm: the JSON shape the model must answer in. One zod schema is both the `json_schema`
// response format sent to the API and the validator of what comes back: a server that ignores
// the response format (some OpenAI-compatible ones do) is caught here.
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';

export const proseAnswerSchema = z.object({
  migration_plan: z.array(
    z.object({
      operation: z.string().describe('METHOD /path exactly as in the changes list'),
      change_id: z.string().describe('the id of the detected change this step addresses'),
      text: z.string().describe('what a client must do, in one or two plain sentences'),
    }),
  ),
  design_notes: z.array(
    z.object({
      operation: z.string().describe('METHOD /path of a new or changed operation'),
      note: z.string().describe('advisory design advice in plain sentences'),
    }),
  ),
  changelog: z.array(z.string().describe('one short plain line for release notes')),
});

export type ProseAnswer = z.infer<typeof proseAnswerSchema>;

export const proseResponseFormat = zodResponseFormat(proseAnswerSchema, 'api_review_prose');

/** The answer, or why it is unusable (said in the comment's one-line note). */
export type ParsedAnswer = { ok: true; answer: ProseAnswer } | { ok: false; reason: string };

export function parseProseAnswer(content: string | null | undefined): ParsedAnswer {
  if (!content) return { ok: false, reason: 'the model returned no content' };
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    return { ok: false, reason: 'the model did not return valid JSON' };
  }
  const parsed = proseAnswerSchema.safeParse(json);
  return parsed.success ? { ok: true, answer: parsed.data } : { ok: false, reason: 'the model’s answer did not match the expected shape' };
}
