import { expect, it } from 'vitest';
import { run } from '../../src/commands/run.js';
import { commandContext } from './context.js';

it('asks for a re-run and says nothing (the handler answers with a thumbs-up)', async () => {
  expect(await run.run(commandContext(), '')).toEqual({ rerun: true });
});
