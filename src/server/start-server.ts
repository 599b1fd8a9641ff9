#!/usr/bin/env node
// The server entry behind `npm start`: Probot's own `run` (same env vars, same webhook path,
// signature verification and health routes as `probot run ./dist/app.js`), with the Octokit whose
// retry and throttling plugins are configured for reviews. `probot run` offers no way to pass it.
import { run } from 'probot';
import apiReviewBot from '../app.js';
import { resilientOctokit } from '../github/resilient-octokit.js';

await run(apiReviewBot, { Octokit: resilientOctokit() });
