/**
 * Freezes a JSON value and everything in it, so that data handed to callers cannot be changed under the
 * library or under other callers.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * Adopts a bundled JSON file as its schema type. The files are validated against the zod schemas by the test
 * suite and before every build (`scripts/generate.ts --check`), which is what makes this cast sound; zod
 * itself stays out of the runtime bundle.
 */
export function validatedJson<T>(json: unknown): T {
  return deepFreeze(json as T);
}
