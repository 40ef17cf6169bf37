/** A minimal test harness: named checks run in order, each failure reported, a summary line, an exit code. */

export interface Harness {
  check(name: string, body: () => Promise<void> | void): Promise<void>;
  summary(label: string): number;
}

export function harness(): Harness {
  let passed = 0;
  let failed = 0;
  const started = performance.now();
  return {
    async check(name, body) {
      try {
        await body();
        passed += 1;
        console.log(`  ✓ ${name}`);
      } catch (error) {
        failed += 1;
        const message = error instanceof Error ? error.message : String(error);
        console.log(`  ✗ ${name}\n      ${message.split('\n').join('\n      ')}`);
      }
    },
    summary(label) {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`\n${label}: ${passed} passed, ${failed} failed (${seconds} s)`);
      return failed === 0 && passed > 0 ? 0 : 1;
    },
  };
}
