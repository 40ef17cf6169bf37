#!/usr/bin/env node
/**
 * The bin: the command of main.ts, run against this process's streams and environment.
 *
 * @module
 */
import { EXIT } from './errors.js';
import { run } from './main.js';

// A reader that stops early (`| head`) closes the pipe: stop quietly instead of dying with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? EXIT.ok);
});

// process.exitCode, never process.exit(): output still queued for a pipe must not be cut off.
void run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }).then((code) => {
  process.exitCode = code;
});
