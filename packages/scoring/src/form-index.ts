/**
 * Every surface form the vocabularies know, numbered. The tokenizer finds a
 * token's number by hashing its characters in place, so reading a text
 * allocates no strings for its words; unknown words get NO_FORM.
 */
export const NO_FORM = -1;

/** FNV-1a parameters; the tokenizer hashes words while scanning them with the same steps. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

export class FormIndex {
  readonly forms: string[] = [];
  readonly #ids = new Map<string, number>();
  #table = new Int32Array(0);
  #mask = 0;

  /** The id of `form`, adding it if new. Call `seal()` after the last add. */
  add(form: string): number {
    let id = this.#ids.get(form);
    if (id === undefined) {
      id = this.forms.length;
      this.forms.push(form);
      this.#ids.set(form, id);
    }
    return id;
  }

  /** The id of a known form, or NO_FORM. */
  idOf(form: string): number {
    return this.#ids.get(form) ?? NO_FORM;
  }

  /** Builds the open-addressing table `idOfSpan` probes. */
  seal(): void {
    let size = 16;
    while (size < this.forms.length * 2) size *= 2;
    this.#table = new Int32Array(size);
    this.#mask = size - 1;
    this.forms.forEach((form, id) => {
      let slot = hashSpan(form, 0, form.length) & this.#mask;
      while (this.#table[slot] !== 0) slot = (slot + 1) & this.#mask;
      this.#table[slot] = id + 1;
    });
  }

  /** The id of `text.slice(start, end)` without making that string, or NO_FORM. */
  idOfSpan(text: string, start: number, end: number, hash = hashSpan(text, start, end)): number {
    let slot = hash & this.#mask;
    for (;;) {
      const entry = this.#table[slot] ?? 0;
      if (entry === 0) return NO_FORM;
      const form = this.forms[entry - 1] ?? '';
      if (sameChars(form, text, start, end)) return entry - 1;
      slot = (slot + 1) & this.#mask;
    }
  }
}

/** FNV-1a over UTF-16 code units. */
export function hashSpan(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), FNV_PRIME);
  return hash >>> 0;
}

function sameChars(form: string, text: string, start: number, end: number): boolean {
  if (form.length !== end - start) return false;
  for (let k = 0; k < form.length; k++) if (form.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
