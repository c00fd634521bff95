/**
 * The tokens of the names found in the current text. Event words inside
 * names ("Security Council", "Amnesty International") neither start nor
 * continue a lexicon pattern. Each text gets a new number, and a token is
 * masked when it carries the current one, so nothing needs clearing
 * between texts.
 */
export class NameMask {
  #text = 0;
  #maskedIn = new Int32Array(256);

  /** Starts a new text of `count` tokens: every token is unmasked. */
  next(count: number): void {
    if (count > this.#maskedIn.length) this.#maskedIn = new Int32Array(2 * count);
    if (this.#text === 0x7fffffff) {
      // Numbers are int32; after two billion texts, start again from a clean slate.
      this.#maskedIn.fill(0);
      this.#text = 0;
    }
    this.#text++;
  }

  mask(token: number): void {
    this.#maskedIn[token] = this.#text;
  }

  has(token: number): boolean {
    return this.#maskedIn[token] === this.#text;
  }
}
