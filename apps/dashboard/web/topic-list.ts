import type { TopicMatch } from './api-types.js';

/**
 * Topics as typed in a form: separated by commas or spaces, each once,
 * lower-cased as the server stores them. Whether each is a valid topic is
 * the server's call, so its refusal names the field.
 */
export function parseTopics(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).map((topic) => topic.trim().toLowerCase()).filter((topic) => topic.length > 0))];
}

/** A feed's topics in words, for its row: the default topic when it names none. */
export function topicsWords(topics: readonly string[]): string {
  if (topics.length === 0) return 'default topic';
  return `${topics.length === 1 ? 'topic' : 'topics'} ${topics.join(', ')}`;
}

/** Which items a topic keeps, in words for the topic picker: "only USA and VEN", "only USA or VEN", or nothing. */
export function actorWords(actors: readonly string[], match: TopicMatch): string {
  if (actors.length === 0) return '';
  if (actors.length === 1) return `only ${actors[0]}`;
  return `only ${actors.slice(0, -1).join(', ')} ${match === 'all' ? 'and' : 'or'} ${actors[actors.length - 1]}`;
}

/** Actors as typed in the topic dialog: separated by commas (names may hold spaces), each once. */
export function parseActors(text: string): string[] {
  return [...new Set(text.split(',').map((actor) => actor.trim()).filter((actor) => actor.length > 0))];
}
