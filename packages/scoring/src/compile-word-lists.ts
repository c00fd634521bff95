import type { NumberWords } from './compiled-lexicon.js';
import type { FormIndex } from './form-index.js';
import type { LexiconFile } from './lexicon-schema.js';

/** The word lists of all lexicon files merged, as form ids. */
export interface WordLists {
  readonly clauseWords: ReadonlySet<number>;
  readonly skipWords: ReadonlySet<number>;
  readonly numbers: NumberWords;
}

export function compileWordLists(files: readonly LexiconFile[], forms: FormIndex): WordLists {
  const ids = (words: readonly string[]): number[] => words.map((word) => forms.add(word.toLowerCase()));
  const valued = (record: Readonly<Record<string, number>>): [number, number][] => Object.entries(record).map(([word, value]) => [forms.add(word.toLowerCase()), value]);
  return {
    clauseWords: new Set(files.flatMap((file) => ids(file.clauseWords))),
    skipWords: new Set(files.flatMap((file) => ids(file.skipWords))),
    numbers: {
      words: new Map(files.flatMap((file) => valued(file.numbers.words))),
      multipliers: new Map(files.flatMap((file) => valued(file.numbers.multipliers))),
      unitsAfter: new Set(files.flatMap((file) => ids(file.numbers.unitsAfter))),
      labelsBefore: new Set(files.flatMap((file) => ids(file.numbers.labelsBefore))),
    },
  };
}
