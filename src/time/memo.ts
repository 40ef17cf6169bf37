/**
 * A two-level cache (zone → key → instant) that empties itself past a fixed size, so a batch over millions of
 * distinct values keeps a bounded footprint while repeated values stay cheap.
 */
export class ZoneMemo {
  readonly #byZone = new Map<string, Map<string, number>>();
  #size = 0;

  constructor(private readonly limit: number) {}

  get(zone: string, key: string): number | undefined {
    return this.#byZone.get(zone)?.get(key);
  }

  set(zone: string, key: string, value: number): void {
    if (this.#size >= this.limit) {
      this.#byZone.clear();
      this.#size = 0;
    }
    let keys = this.#byZone.get(zone);
    if (keys === undefined) {
      keys = new Map();
      this.#byZone.set(zone, keys);
    }
    keys.set(key, value);
    this.#size++;
  }
}
