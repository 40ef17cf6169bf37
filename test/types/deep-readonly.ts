/**
 * `T` with every property and every array, at every depth, made readonly; dates and functions as they are.
 * Comparing `DeepReadonly` of both sides compares two types modulo readonly.
 */
export type DeepReadonly<T> = T extends Date | ((...args: never[]) => unknown)
  ? T
  : T extends readonly unknown[]
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T extends object
      ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
      : T;
