export { createScorer, getDefaultScorer, DEFAULT_GAZETTEER, DEFAULT_LEXICONS } from './default-scorer.js';
export type { CreateScorerOptions } from './default-scorer.js';
export { GazetteerActor, GazetteerFile, GazetteerRole } from './gazetteer-schema.js';
export { LexiconError } from './lexicon-error.js';
export type { LexiconErrorCode } from './lexicon-error.js';
export { LexiconCategory, LexiconCondition, LexiconCue, LexiconEntry, LexiconFile } from './lexicon-schema.js';
export { ACTOR_LEVEL_FACTORS, CASUALTY_SCALE, FIELD_FACTORS, LABEL_THRESHOLDS, SUMMARY_COEFFICIENTS } from './thresholds.js';
export type { ActorMention, Scorer, ScoreInput, ScoreResult, Signal, TextField } from './types.js';
