/**
 * A set of form ids as a bitmap, so the context checks that test every
 * token in a window ("strike" near labour words) pay one array read per
 * token instead of a hash look-up.
 */
export class FormSet {
  readonly #bits: Int32Array;

  constructor(ids: readonly number[]) {
    let largest = -1;
    for (const id of ids) largest = Math.max(largest, id);
    this.#bits = new Int32Array(largest < 0 ? 0 : (largest >>> 5) + 1);
    for (const id of ids) this.#bits[id >>> 5] = (this.#bits[id >>> 5] ?? 0) | (1 << (id & 31));
  }

  /** Whether `form` is in the set (false for NO_FORM). */
  has(form: number): boolean {
    const word = form >>> 5;
    return word < this.#bits.length && ((this.#bits[word] as number) & (1 << (form & 31))) !== 0;
  }
}
