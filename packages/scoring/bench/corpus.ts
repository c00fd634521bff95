/**
 * A fixed benchmark corpus written for this project: news-like titles and
 * summaries assembled from phrase banks with a seeded generator, so every
 * run scores the same 20,000+ items without shipping anyone else's text.
 */
export interface BenchItem {
  title: string;
  summary: string;
}

const PARTIES = ['Venezuela', 'the United States', 'Colombia', 'Russia', 'Ukraine', 'Israel', 'Iran', 'China', 'Taiwan', 'India', 'Pakistan', 'Sudan', 'the rebels', 'the government', 'NATO', 'the UN', 'Caracas', 'Washington', 'Kyiv', 'Moscow'];
const PEOPLE = ['President Maduro', 'the foreign minister', 'the defence minister', 'a senior envoy', 'the prime minister', 'local officials', 'the army chief', 'the mayor', 'opposition leaders', 'police'];
const EVENTS = [
  'launched air strikes on', 'held talks with', 'spoke by phone with', 'imposed new sanctions on', 'agreed a ceasefire with', 'deployed warships near',
  'expelled diplomats from', 'released prisoners held by', 'threatened to attack', 'signed a trade deal with', 'accused', 'met', 'welcomed the envoy of',
  'shelled positions held by', 'arrested supporters of', 'offered to mediate between', 'lifted the curfew imposed by', 'condemned', 'sent aid to',
  'ruled out talks with', 'denied attacking', 'could resume flights to', 'did not meet', 'called for restraint from', 'reopened its embassy in',
];
const OUTCOMES = [
  'killing at least 12 people', 'with no casualties reported', 'after weeks of tension', 'in a rare show of goodwill', 'amid fears of a wider war',
  'as protesters gathered outside parliament', 'despite warnings from neighbours', 'in what officials called a constructive meeting', 'leaving dozens dead',
  'while markets rallied on the news', 'after a dockworkers strike closed the port', 'according to state media', 'ahead of a summit next month',
];
const FILLER = [
  'Officials said the decision followed a review of the border situation.', 'The statement gave no further details.', 'Analysts expect more announcements this week.',
  'Residents described long queues at petrol stations.', 'The ministry published figures on Tuesday.', 'A spokesperson declined to comment on the report.',
  'The region has seen heavy rain and power cuts this month.', 'Shares in shipping companies moved little.', 'Schools reopened on Monday in the capital.',
  'A film about the war opened in cinemas at the weekend.', 'Talks are expected to continue in Geneva.', 'Hospitals said they had enough supplies.',
];

/** mulberry32: a tiny seeded PRNG, so the corpus is identical on every machine. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

/** `count` items (default 20,000) from the fixed seed. */
export function buildCorpus(count = 20_000, seed = 20_240_601): BenchItem[] {
  const random = seeded(seed);
  const items: BenchItem[] = [];
  for (let k = 0; k < count; k++) {
    const [a, b] = [pick(random, PARTIES), pick(random, PARTIES)];
    const title = `${pick(random, PEOPLE)} of ${a} ${pick(random, EVENTS)} ${b}`;
    const sentences = [`${a} ${pick(random, EVENTS)} ${b}, ${pick(random, OUTCOMES)}.`, pick(random, FILLER), pick(random, FILLER)];
    if (random() < 0.5) sentences.push(`${pick(random, PEOPLE)} ${pick(random, EVENTS)} ${pick(random, PARTIES)} ${pick(random, OUTCOMES)}.`);
    items.push({ title, summary: sentences.join(' ') });
  }
  return items;
}
