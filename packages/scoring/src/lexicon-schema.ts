import { z } from 'zod';

/** Lower-case kebab-case identifier, as used for categories and sets. */
const Name = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'use lower-case kebab-case');

const Word = z.string().regex(/^\S+$/, 'one word per item');

/** One event class, aligned with a CAMEO root / PLOVER category. */
export const LexiconCategory = z.strictObject({
  /** '+' escalation, '-' de-escalation. */
  polarity: z.enum(['+', '-']),
  /** Base weight 0..10, anchored to |Goldstein| of the CAMEO code(s) below. */
  weight: z.number().min(0).max(10),
  /** CAMEO code(s) the category stands for, for example "173" or "14". */
  cameo: z.array(z.string().regex(/^\d{2,4}$/)).min(1),
  /** PLOVER category (and mode) the category stands for, for example "COERCE/arrest". */
  plover: z.string().min(1),
  /** Scale by the level of the actors in the sentence (leaders vs local officials). */
  actorScaled: z.boolean().optional(),
  /** What the event becomes when reversed ("lifted sanctions" → sanctions-relief); without one, a reversed signal is dropped. */
  opposite: Name.optional(),
  description: z.string().min(1),
});
export type LexiconCategory = z.infer<typeof LexiconCategory>;

/**
 * A context condition: one of the words (lemmas, inflected like patterns) must
 * occur within `before` tokens before the match or `after` tokens after it,
 * in the same sentence.
 */
export const LexiconCondition = z
  .strictObject({
    set: Name.optional(),
    any: z.array(Word).min(1).optional(),
    before: z.number().int().min(0).max(15).default(0),
    after: z.number().int().min(0).max(15).default(0),
  })
  .refine((c) => c.set !== undefined || c.any !== undefined, 'give "set" or "any"')
  .refine((c) => c.before + c.after > 0, 'give a window: "before" and/or "after"');
export type LexiconCondition = z.infer<typeof LexiconCondition>;

/**
 * A cue changes the signals in its scope: within `window` tokens, in the
 * same clause (or, with `reach: "sentence"`, anywhere later in the
 * sentence). Kinds:
 * - negation drops them ("did not meet", "no casualties", "denied");
 * - failure turns a de-escalation into its category's opposite and drops an
 *   escalation ("talks failed" → rejection, "the attack failed" → nothing);
 * - reversal turns either into its category's opposite ("lifted sanctions",
 *   "ended the war", "freed the hostages"), dropping it when there is none;
 * - modality multiplies the weight by `factor` but keeps the signal
 *   ("could", "plans to", "called for", "expressed concern about").
 * `only` limits a cue to signals of one polarity.
 */
export const LexiconCue = z
  .strictObject({
    kind: z.enum(['negation', 'failure', 'reversal', 'modality']),
    factor: z.number().gt(0).lt(1).optional(),
    scope: z.enum(['forward', 'backward', 'both']),
    window: z.number().int().min(1).max(40),
    reach: z.enum(['clause', 'sentence']).default('clause'),
    /** Only signals of this polarity, or of these categories, are affected ("freed" reverses detentions, not other releases). */
    only: z.union([z.enum(['+', '-']), z.array(Name).min(1)]).optional(),
  })
  .refine((c) => (c.kind === 'modality') === (c.factor !== undefined), 'modality cues need "factor"; other cues take none');
export type LexiconCue = z.infer<typeof LexiconCue>;

/**
 * Phrase patterns and what they mean. Pattern syntax: words separated by
 * spaces, each a lemma that matches its inflections; `=word` matches only that
 * form; `(a|b)` alternatives; a trailing `?` makes a slot optional.
 * An entry with a category fires a signal; with a cue it scopes other signals;
 * `block: true` claims the words for another sense so nothing fires.
 */
export const LexiconEntry = z
  .strictObject({
    patterns: z.array(z.string().min(1)).min(1),
    category: Name.optional(),
    weight: z.number().min(0).max(10).optional(),
    cue: LexiconCue.optional(),
    block: z.literal(true).optional(),
    /** Scale by the casualty count near the match (log scale). */
    magnitude: z.literal(true).optional(),
    requires: z.array(LexiconCondition).optional(),
    unless: z.array(LexiconCondition).optional(),
    note: z.string().optional(),
  })
  .refine(
    (e) => (e.block === true) !== (e.category !== undefined || e.cue !== undefined),
    'an entry needs "category" and/or "cue", or "block": true alone',
  )
  .refine((e) => e.weight === undefined || e.category !== undefined, '"weight" needs "category"')
  .refine((e) => e.magnitude === undefined || e.category !== undefined, '"magnitude" needs "category"');
export type LexiconEntry = z.infer<typeof LexiconEntry>;

/** A lexicon file (src/lexicons/*.json). */
export const LexiconFile = z.strictObject({
  $schema: z.string().optional(),
  id: Name,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'use semver, for example "1.0.0"'),
  /** ISO 639-1 language of the patterns; selects the inflection rules. */
  lang: z.string().regex(/^[a-z]{2}$/, 'use an ISO 639-1 code such as "en"'),
  description: z.string().optional(),
  categories: z.record(Name, LexiconCategory).default({}),
  /** Named word lists for conditions (lemmas). */
  sets: z.record(Name, z.array(Word).min(1)).default({}),
  /** Closed-class words (articles, pronouns, prepositions) that patterns match only as written. */
  uninflected: z.array(Word).default([]),
  /** Irregular forms by lemma, added to the regular inflections. */
  inflections: z.record(z.string(), z.array(z.string().min(1)).min(1)).default({}),
  /** Words that open a new clause ("but", "while"): cues do not reach across them. */
  clauseWords: z.array(Word).default([]),
  /** Words a pattern may pass over (articles, possessives): "signed a deal" matches "sign deal". */
  skipWords: z.array(Word).default([]),
  /** Number words for casualty counts ("dozens" → 36) and multipliers ("thousand"). */
  numbers: z
    .strictObject({
      words: z.record(Word, z.number().positive()).default({}),
      multipliers: z.record(Word, z.number().positive()).default({}),
      /** Words after a number that make it something other than a count of people ("km", "years", "March"). */
      unitsAfter: z.array(Word).default([]),
      /** Words before a number that make it a label ("section 144", "flight 17"). */
      labelsBefore: z.array(Word).default([]),
    })
    .default({ words: {}, multipliers: {}, unitsAfter: [], labelsBefore: [] }),
  entries: z.array(LexiconEntry),
});
export type LexiconFile = z.infer<typeof LexiconFile>;
