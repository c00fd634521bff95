/**
 * Every surface form the vocabularies know, numbered. The tokenizer finds a
 * token's number from its characters in place, so reading a text allocates
 * no strings for its words; unknown words get NO_FORM. A span's curly
 * apostrophes (’) read as straight ones, as the tokenizer folds them.
 */
export const NO_FORM = -1;

/**
 * Role bits of a form (see FormIndex.roleOf), set from the compiled
 * vocabularies by TokenIndex, so the tokenizer can note clause openers and
 * where names and patterns may start as it emits each token.
 */
export const STARTS_PATTERN = 1;
export const STARTS_NAME = 2;
export const OPENS_CLAUSE = 4;
export const SKIPPABLE = 8;

/**
 * The tokenizer's look-ups answer with one int, the form id shifted left by
 * ROLE_BITS with the form's role bits below, so a token's roles come with
 * its id instead of from a second, dependent read (NO_FORM has no roles).
 */
export const ROLE_BITS = 4;
const ROLE_MASK = (1 << ROLE_BITS) - 1;

/** The form id of a look-up's answer. */
export function formOfEntry(entry: number): number {
  return entry >> ROLE_BITS;
}

/** The role bits of a look-up's answer. */
export function roleOfEntry(entry: number): number {
  return entry & ROLE_MASK;
}

/**
 * Most words are short runs of a–z and 0–9. Up to PACKED_LENGTH of them
 * pack exactly into two int32: each character is a 6-bit symbol (1–36, see
 * packSymbol) shifted in from the right, the first PER_INT into `low`, the
 * rest into `high`. No symbol is 0, so words of different lengths never
 * pack alike. A look-up of a packed word compares two ints in the table
 * slot and never reads the form's characters.
 */
export const PACKED_LENGTH = 10;
/** Characters in `low`; the rest go in `high`. */
export const PER_INT = 5;
/** Per ASCII code: 1–36 for a–z and 0–9, 0 for characters that do not pack. */
const SYMBOL = new Int8Array(128);
for (let c = 97; c <= 122; c++) SYMBOL[c] = c - 96;
for (let c = 48; c <= 57; c++) SYMBOL[c] = c - 48 + 27;

/** The 6-bit symbol of a UTF-16 code unit when packing, 0 when it does not pack. */
export function packSymbol(c: number): number {
  return c < 128 ? (SYMBOL[c] as number) : 0;
}

/** FNV-1a parameters, for forms that do not pack. */
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** Fibonacci hashing: the top bits of key × 2^32/φ spread any key over a power-of-two table. */
const GOLDEN = 0x9e3779b1;

const APOSTROPHE = 39;
const RIGHT_QUOTE = 8217;

/** A code unit as forms are spelled: ’ becomes '. */
function straight(c: number): number {
  return c === RIGHT_QUOTE ? APOSTROPHE : c;
}

/** Table slots are four int32: id + 1 (0 = empty), key, and the packed form (0, 0 when it does not pack). */
const SLOT = 4;

/**
 * A direct-mapped cache of recent look-ups of packed words, known or not:
 * three int32 per entry (the two packed halves, the answer). Word frequencies
 * are steep, so most tokens are found in this table, which stays in a fast
 * cache, instead of in the large one. Sized for the few thousand words a
 * stream of news keeps using: with fewer entries, those words keep evicting
 * one another. A packed form is never 0, so an empty entry never matches.
 */
const RECENT_BITS = 14;

export class FormIndex {
  readonly forms: string[] = [];
  readonly #ids = new Map<string, number>();
  #table = new Int32Array(0);
  /** 32 − log2(table size): a key's home slot is the top bits of key × GOLDEN. */
  #shift = 32;
  #mask = 0;
  /** The characters of every form back to back (form `id` is chars[offsets[id] .. offsets[id + 1]]), for forms that do not pack. */
  #chars = new Uint16Array(0);
  #offsets = new Int32Array(1);
  readonly #recent = new Int32Array(3 << RECENT_BITS);
  /** Per form id, its role bits; empty until assignRoles. */
  #roles: Uint8Array = new Uint8Array(0);
  /** Scratch for the packed halves of the span being looked up (avoids returning a pair). */
  #low = 0;
  #high = 0;

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

  /** Sets the role bits of every form (a Uint8Array indexed by form id). */
  assignRoles(roles: Uint8Array): void {
    this.#roles = roles;
    // Cached answers carry roles, so none may outlive the roles they were read with.
    this.#recent.fill(0);
  }

  /** The role bits of a form id (0 for NO_FORM, or before assignRoles). */
  roleOf(form: number): number {
    return form === NO_FORM ? 0 : (this.#roles[form] ?? 0);
  }

  /** A form id with its role bits, as look-ups answer (see ROLE_BITS). */
  entryOf(form: number): number {
    return (form << ROLE_BITS) | this.roleOf(form);
  }

  /** Builds the table the look-ups probe (open addressing, load at most 3/8: an unknown word probes up to an empty slot, and a fuller table makes those runs long). */
  seal(): void {
    const { forms } = this;
    let bits = 4;
    while (3 << bits < forms.length * 8) bits++;
    const table = new Int32Array(SLOT << bits);
    this.#shift = 32 - bits;
    this.#mask = (1 << bits) - 1;
    const offsets = new Int32Array(forms.length + 1);
    let length = 0;
    for (let id = 0; id < forms.length; id++) {
      offsets[id] = length;
      length += (forms[id] as string).length;
    }
    offsets[forms.length] = length;
    const chars = new Uint16Array(length);
    for (let id = 0; id < forms.length; id++) {
      const form = forms[id] as string;
      const from = offsets[id] as number;
      for (let k = 0; k < form.length; k++) chars[from + k] = form.charCodeAt(k);
      const packed = this.#pack(form, 0, form.length);
      const key = packed ? packedKey(this.#low, this.#high) : hashSpan(form, 0, form.length);
      let slot = Math.imul(key, GOLDEN) >>> this.#shift;
      while (table[SLOT * slot] !== 0) slot = (slot + 1) & this.#mask;
      const at = SLOT * slot;
      table[at] = id + 1;
      table[at + 1] = key;
      table[at + 2] = packed ? this.#low : 0;
      table[at + 3] = packed ? this.#high : 0;
    }
    this.#table = table;
    this.#chars = chars;
    this.#offsets = offsets;
  }

  /** The id of `text.slice(start, end)` without making that string, or NO_FORM. */
  idOfSpan(text: string, start: number, end: number): number {
    if (this.#pack(text, start, end)) return formOfEntry(this.entryOfPacked(this.#low, this.#high));
    const table = this.#table;
    const mask = this.#mask;
    const key = hashSpan(text, start, end);
    for (let slot = Math.imul(key, GOLDEN) >>> this.#shift; ; slot = (slot + 1) & mask) {
      const at = SLOT * slot;
      const entry = table[at] as number;
      if (entry === 0) return NO_FORM;
      // A packed form never equals a span that does not pack.
      if (table[at + 1] === key && table[at + 2] === 0 && this.#sameChars(entry - 1, text, start, end)) return entry - 1;
    }
  }

  /** The id and roles (see ROLE_BITS) of a word of a–z and 0–9 of at most PACKED_LENGTH characters, given packed (see PACKED_LENGTH); the tokenizer packs while scanning. */
  entryOfPacked(low: number, high: number): number {
    const mixed = Math.imul(packedKey(low, high), GOLDEN);
    const recent = this.#recent;
    const cached = 3 * (mixed >>> (32 - RECENT_BITS));
    // The miss is a call of its own, so this stays small enough for the JIT to inline into the tokenizer.
    return recent[cached] === low && recent[cached + 1] === high ? (recent[cached + 2] as number) : this.#entryOfUncached(low, high, mixed, cached);
  }

  /** entryOfPacked past the cache: probes the table and caches the answer in slot `cached`. */
  #entryOfUncached(low: number, high: number, mixed: number, cached: number): number {
    const table = this.#table;
    const mask = this.#mask;
    let id = NO_FORM;
    for (let slot = mixed >>> this.#shift; ; slot = (slot + 1) & mask) {
      const at = SLOT * slot;
      const entry = table[at] as number;
      if (entry === 0) break;
      if (table[at + 2] === low && table[at + 3] === high) {
        id = entry - 1;
        break;
      }
    }
    const entry = this.entryOf(id);
    const recent = this.#recent;
    recent[cached] = low;
    recent[cached + 1] = high;
    recent[cached + 2] = entry;
    return entry;
  }

  /** Packs the span into #low / #high; false when it is too long or has a character other than a–z, 0–9. */
  #pack(text: string, start: number, end: number): boolean {
    if (end - start > PACKED_LENGTH) return false;
    let low = 0;
    let high = 0;
    for (let k = start; k < end; k++) {
      const symbol = packSymbol(text.charCodeAt(k));
      if (symbol === 0) return false;
      if (k - start < PER_INT) low = (low << 6) | symbol;
      else high = (high << 6) | symbol;
    }
    this.#low = low;
    this.#high = high;
    return true;
  }

  #sameChars(id: number, text: string, start: number, end: number): boolean {
    const chars = this.#chars;
    const from = this.#offsets[id] as number;
    if ((this.#offsets[id + 1] as number) - from !== end - start) return false;
    for (let k = start; k < end; k++) if (chars[from + k - start] !== straight(text.charCodeAt(k))) return false;
    return true;
  }
}

/** One int from the two packed halves, for the table position. */
function packedKey(low: number, high: number): number {
  return low ^ Math.imul(high, 0x85ebca6b);
}

/** FNV-1a over UTF-16 code units (’ read as '), as a signed 32-bit integer (V8 keeps it unboxed). */
function hashSpan(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET | 0;
  for (let k = start; k < end; k++) hash = Math.imul(hash ^ straight(text.charCodeAt(k)), FNV_PRIME);
  return hash;
}
