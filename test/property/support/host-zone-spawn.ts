import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Question } from './host-zone-cases.js';

const CHILD = fileURLToPath(new URL('./host-zone-child.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Answers the questions in a child process started under `tz`, with a fresh engine from src/. */
export function answersUnder(tz: string, questions: readonly Question[]): Promise<{ tz: string; answers: string[] }> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, TZ: tz };
    delete env['NODE_V8_COVERAGE'];
    delete env['NODE_OPTIONS'];
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    // whole buffers, decoded once: a UTF-8 character split across chunks must not turn into two U+FFFDs
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as { tz: string; answers: string[] })
        : reject(new Error(`child under TZ=${tz} exited with ${code}: ${Buffer.concat(err).toString('utf8')}`)),
    );
    child.stdin.end(JSON.stringify(questions));
  });
}
