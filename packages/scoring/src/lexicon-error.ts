/** Machine-readable reasons a lexicon or gazetteer was refused at load. */
export type LexiconErrorCode =
  | 'lexicon_invalid'
  | 'gazetteer_invalid'
  | 'unknown_category'
  | 'unknown_set'
  | 'bad_pattern'
  | 'conflicting_category'
  | 'no_lexicon';

/**
 * Vocabulary data failed validation. The message names the file (its `id` or
 * position) and the entry, so the person editing the JSON can find it;
 * `path` points at the bad value inside the file.
 */
export class LexiconError extends Error {
  readonly code: LexiconErrorCode;
  readonly source: string;
  readonly path: readonly (string | number)[];

  constructor(
    code: LexiconErrorCode,
    source: string,
    path: readonly (string | number)[],
    problem: string,
    options: { cause?: unknown } = {},
  ) {
    const where = path.length > 0 ? ` at ${formatPath(path)}` : '';
    super(`${source}${where}: ${problem}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'LexiconError';
    this.code = code;
    this.source = source;
    this.path = path;
  }
}

function formatPath(path: readonly (string | number)[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}
