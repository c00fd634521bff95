import { itemId, storyId, type Feed, type FeedHealth, type ScoredItem, type Signal } from '@tension/core';

/**
 * Realistic sample data for the browser test and the README screenshot: an
 * invented dispute between Arvenia and Kostrava (the same fiction as the
 * offline demo), told over the last day by a handful of feeds in varying
 * health. Scores and signal offsets are written the way the scorer writes them.
 */

const HOUR = 3_600_000;
const MINUTE = 60_000;

type FeedKey = 'herald' | 'kpa' | 'strait' | 'border' | 'wire';

interface FeedSample {
  feed: Feed;
  health: FeedHealth;
}

/** [polarity, words as they appear in the title or summary, category, weight] */
type Fired = readonly ['+' | '-', string, string, number];

interface Story {
  minutesAgo: number;
  /** The feeds that carry it; more than one is a syndicated story (counted once). */
  feeds: readonly FeedKey[];
  title: string;
  summary: string;
  fired: readonly Fired[];
  actors: readonly string[];
}

const STORIES: readonly Story[] = [
  { minutesAgo: 23.5 * 60, feeds: ['herald'], title: 'Arvenia and Kostrava resume fishing-rights talks in Oslo', summary: 'Delegations met for the first time since the spring to discuss quotas in the Selva Strait.', fired: [['-', 'resume fishing-rights talks', 'talks', 2]], actors: ['Arvenia', 'Kostrava'] },
  { minutesAgo: 22 * 60, feeds: ['kpa'], title: 'Grain exports through Port Maren rise for a third month', summary: 'Shipping data show steady traffic through the port despite the dispute.', fired: [], actors: ['Kostrava'] },
  { minutesAgo: 21 * 60, feeds: ['kpa'], title: 'Kostrava’s parliament debates a new coast guard budget', summary: 'Deputies argued over the cost of two new cutters for the Selva Strait.', fired: [], actors: ['Kostrava'] },
  { minutesAgo: 20 * 60, feeds: ['herald'], title: 'Kostrava summons Arvenian envoy over border fence', summary: 'The foreign ministry protested the construction of a fence near the Varos river crossing.', fired: [['+', 'summons Arvenian envoy', 'diplomatic protest', 1.5]], actors: ['Kostrava', 'Arvenia'] },
  { minutesAgo: 19 * 60, feeds: ['herald'], title: 'Arvenian opposition calls for dialogue with Kostrava', summary: 'Opposition leaders urged the government to keep channels open.', fired: [['-', 'calls for dialogue', 'dialogue', 1.5]], actors: ['Arvenia', 'Kostrava'] },
  { minutesAgo: 18 * 60, feeds: ['herald', 'strait'], title: 'Arvenia deploys an armoured brigade to Dalen province', summary: 'The defence ministry in Arvo ordered the brigade to Dalen after weeks of friction with Kostrava.', fired: [['+', 'deploys an armoured brigade', 'troop deployment', 3.5]], actors: ['Arvenia'] },
  { minutesAgo: 17.5 * 60, feeds: ['strait'], title: 'Fishing boats turned back near Ostra island as navies gather', summary: 'Skippers said warships from both sides were visible from the harbour.', fired: [['+', 'navies gather', 'naval deployment', 2]], actors: ['Arvenia', 'Kostrava'] },
  { minutesAgo: 16.5 * 60, feeds: ['kpa'], title: 'Kostrava seizes a fuel tanker near the Selva Strait; crew of 14 detained', summary: 'Kostravan forces boarded the tanker before dawn; its crew was taken to Port Maren.', fired: [['+', 'seizes a fuel tanker', 'seizure', 3], ['+', 'detained', 'arrest', 1.5]], actors: ['Kostrava'] },
  { minutesAgo: 15 * 60, feeds: ['strait', 'herald'], title: 'Artillery exchange along the northern border leaves 6 soldiers dead', summary: 'Heavy shelling continued through the night along the northern border, both armies said.', fired: [['+', 'Artillery exchange', 'armed clash', 4], ['+', 'soldiers dead', 'casualties', 3], ['+', 'Heavy shelling', 'armed clash', 2]], actors: ['Arvenia', 'Kostrava'] },
  { minutesAgo: 14 * 60, feeds: ['herald'], title: 'Arvenia imposes sanctions on Kostravan banks', summary: 'New measures freeze the assets of four banks and ban fuel exports to Kostrava.', fired: [['+', 'imposes sanctions', 'sanctions', 3], ['+', 'freeze the assets', 'sanctions', 1]], actors: ['Arvenia', 'Kostrava'] },
  { minutesAgo: 13 * 60, feeds: ['kpa', 'strait'], title: 'Kostravan missile strike on Port Maren kills 23 people', summary: 'Officials in Arvo said 23 people were killed and dozens wounded when missiles hit the harbour.', fired: [['+', 'missile strike', 'strike', 4.5], ['+', 'kills 23 people', 'casualties', 4], ['+', 'wounded', 'casualties', 1]], actors: ['Kostrava', 'Arvenia'] },
  { minutesAgo: 12 * 60, feeds: ['herald'], title: 'Arvenia threatens retaliation after drone attack on Kestrel', summary: 'President Ilsa Moren warned Kostrava it would pay a heavy price for the attack.', fired: [['+', 'threatens retaliation', 'threat', 3], ['+', 'drone attack', 'strike', 3]], actors: ['Arvenia', 'Kostrava'] },
  { minutesAgo: 11 * 60, feeds: ['kpa'], title: 'Kostrava expels Arvenian ambassador over the detained sailors', summary: 'The ambassador was given 48 hours to leave; Kostrava recalled its own envoy.', fired: [['+', 'expels Arvenian ambassador', 'expulsion', 3], ['+', 'recalled its own envoy', 'expulsion', 1.5]], actors: ['Kostrava', 'Arvenia'] },
  { minutesAgo: 10 * 60, feeds: ['herald'], title: 'UN Secretary-General offers to mediate between Arvenia and Kostrava', summary: 'Both capitals said they would study the offer of talks in Geneva.', fired: [['-', 'offers to mediate', 'mediation', 3], ['-', 'talks', 'talks', 1]], actors: ['United Nations', 'Arvenia', 'Kostrava'] },
  { minutesAgo: 9 * 60, feeds: ['herald', 'kpa'], title: 'Presidents Moren and Tashk speak by phone, agree to meet in Geneva', summary: 'The call lasted an hour; aides described it as frank and constructive.', fired: [['-', 'speak by phone', 'leaders call', 3.5], ['-', 'agree to meet', 'summit', 3]], actors: ['Arvenia', 'Kostrava'] },
  { minutesAgo: 8 * 60, feeds: ['kpa'], title: 'Kostrava releases 14 detained sailors as a goodwill gesture', summary: 'The crew of the seized tanker flew home to Arvo on Tuesday evening.', fired: [['-', 'releases 14 detained sailors', 'prisoner release', 3.5], ['-', 'goodwill gesture', 'goodwill', 1]], actors: ['Kostrava'] },
  { minutesAgo: 7 * 60, feeds: ['strait'], title: 'Ceasefire takes hold along the northern border', summary: 'Residents of Dalen province reported the first quiet night in a week.', fired: [['-', 'Ceasefire', 'ceasefire', 4.5]], actors: ['Arvenia', 'Kostrava'] },
  { minutesAgo: 6 * 60, feeds: ['herald'], title: 'Arvenia lifts fuel export ban in first sanctions relief step', summary: 'Finance officials said the four banks remain under review.', fired: [['-', 'sanctions relief', 'sanctions relief', 3]], actors: ['Arvenia'] },
  { minutesAgo: 5 * 60, feeds: ['kpa'], title: 'Markets in Dalen reopen as the guns fall silent', summary: 'Traders returned to the central market for the first time in eight days.', fired: [], actors: [] },
  { minutesAgo: 4 * 60, feeds: ['herald', 'strait'], title: 'Foreign ministers sign prisoner swap agreement in Geneva', summary: 'Forty detainees from each side are to be exchanged next week under Red Cross supervision.', fired: [['-', 'prisoner swap agreement', 'prisoner swap', 4]], actors: ['Arvenia', 'Kostrava'] },
  { minutesAgo: 3.5 * 60, feeds: ['herald'], title: 'Arvenian parliament approves an aid corridor for Dalen province', summary: 'Convoys with food and medicine are to cross at the Varos river from Monday.', fired: [['-', 'aid corridor', 'humanitarian access', 2.5]], actors: ['Arvenia'] },
  { minutesAgo: 3 * 60, feeds: ['kpa'], title: 'Storms expected over the Selva Strait this weekend', summary: 'The coast guard advised small boats to stay in port.', fired: [], actors: [] },
  { minutesAgo: 2 * 60, feeds: ['strait'], title: 'Kostravan patrol boats shadow Arvenian trawlers near Ostra island', summary: 'Fishermen said the boats kept their distance and left after an hour.', fired: [['+', 'patrol boats shadow', 'naval deployment', 1.5]], actors: ['Kostrava', 'Arvenia'] },
  { minutesAgo: 80, feeds: ['herald'], title: 'Envoys meet in Geneva to prepare the leaders’ summit', summary: 'Diplomats said a date could be announced within days.', fired: [['-', 'Envoys meet', 'envoy visit', 2.5], ['-', 'summit', 'summit', 1.5]], actors: ['Arvenia', 'Kostrava'] },
  { minutesAgo: 35, feeds: ['kpa', 'herald'], title: 'Arvenian navy blockades Ostra island harbour', summary: 'No ship may enter or leave the harbour until further notice, the navy said.', fired: [['+', 'navy blockades', 'blockade', 4]], actors: ['Arvenia', 'Kostrava'] },
  { minutesAgo: 12, feeds: ['herald'], title: 'Kostrava calls blockade “an act of war”, puts air defences on alert', summary: 'The defence ministry said air-defence batteries near Port Maren were on high alert.', fired: [['+', 'act of war', 'threat', 3.5], ['+', 'on alert', 'military alert', 1.5]], actors: ['Kostrava', 'Arvenia'] },
];

const FEED_SPECS: Record<FeedKey, { title: string; url: string; intervalSeconds: number; weight: number; enabled?: boolean }> = {
  herald: { title: 'Arvo Daily Herald', url: 'https://herald.arvo.example/world/rss.xml', intervalSeconds: 300, weight: 1 },
  kpa: { title: 'Kostrava Press Agency (English)', url: 'https://kpa.example/en/feed.xml', intervalSeconds: 600, weight: 0.8 },
  strait: { title: 'Selva Strait Monitor', url: 'https://straitmonitor.example/atom', intervalSeconds: 900, weight: 0.9 },
  border: { title: 'Border Watch Blog', url: 'https://borderwatch.example/feed/', intervalSeconds: 1800, weight: 0.6 },
  wire: { title: 'Regional Wire', url: 'https://regionalwire.example/rss', intervalSeconds: 300, weight: 0.7, enabled: false },
};

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function healthOf(key: FeedKey, now: number): FeedHealth {
  switch (key) {
    case 'strait':
      return {
        lastFetchAt: iso(now - 4 * MINUTE),
        lastSuccessAt: iso(now - 2 * HOUR),
        lastStatus: 503,
        lastError: { code: 'http_503', message: 'The server answered 503 Service Unavailable; it asked us to come back later.', at: iso(now - 4 * MINUTE) },
        consecutiveFailures: 3,
        itemsSeen: 57,
        lastNewItems: 0,
        backoffUntil: iso(now + 12 * MINUTE),
      };
    case 'border':
      return {
        lastFetchAt: iso(now - 9 * MINUTE),
        lastSuccessAt: iso(now - 3 * 24 * HOUR),
        lastError: { code: 'timeout', message: 'The server did not answer within 20 seconds.', at: iso(now - 9 * MINUTE) },
        consecutiveFailures: 61,
        itemsSeen: 12,
        lastNewItems: 0,
        backoffUntil: iso(now + 51 * MINUTE),
      };
    default:
      return { lastFetchAt: iso(now - 2 * MINUTE), lastSuccessAt: iso(now - 2 * MINUTE), lastStatus: 200, consecutiveFailures: 0, itemsSeen: key === 'herald' ? 128 : 94, lastNewItems: key === 'herald' ? 2 : 1 };
  }
}

/** The five sample feeds: two healthy, one failing, one failing for days, one paused. */
export function sampleFeeds(now: number): Record<FeedKey, FeedSample> {
  const created = iso(now - 30 * 24 * HOUR);
  const entries = (Object.keys(FEED_SPECS) as FeedKey[]).map((key, index) => {
    const spec = FEED_SPECS[key];
    const feed: Feed = { id: `sample-${key}`, url: spec.url, title: spec.title, intervalSeconds: spec.intervalSeconds, weight: spec.weight, enabled: spec.enabled ?? true, topics: [], demo: false, createdAt: iso(Date.parse(created) + index * 1000), updatedAt: created };
    return [key, { feed, health: healthOf(key, now) }] as const;
  });
  return Object.fromEntries(entries) as Record<FeedKey, FeedSample>;
}

/** Offsets of each fired phrase in the title, else the summary: UTF-16, as the scorer reports them. */
function signalsOf(title: string, summary: string, fired: readonly Fired[]): Signal[] {
  return fired.map(([polarity, words, category, weight]) => {
    const inTitle = title.indexOf(words);
    const field = inTitle >= 0 ? 'title' : 'summary';
    const start = inTitle >= 0 ? inTitle : summary.indexOf(words);
    if (start < 0) throw new Error(`sample story: "${words}" is in neither "${title}" nor its summary`);
    return { category, polarity, weight, text: words, start, end: start + words.length, field };
  });
}

function clamp10(value: number): number {
  return Math.min(10, Math.round(value * 10) / 10);
}

export interface SampleItem {
  item: ScoredItem;
  masses: { escalation: number; deescalation: number };
}

/** Builds one scored item the way the worker stores it; the masses are weighted by the feed. */
export function scoredItem(options: { feed: Feed; title: string; summary: string; fired: readonly Fired[]; actors: readonly string[]; at: number; topic: string; link?: string }): SampleItem {
  const signals = signalsOf(options.title, options.summary, options.fired);
  const sum = (polarity: '+' | '-') => signals.filter((signal) => signal.polarity === polarity).reduce((total, signal) => total + signal.weight, 0);
  const escalation = clamp10(sum('+') * 1.2);
  const deescalation = clamp10(sum('-') * 1.2);
  const label = escalation - deescalation > 0.5 ? 'escalation' : deescalation - escalation > 0.5 ? 'de-escalation' : 'neutral';
  const slug = options.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
  const link = options.link ?? `${new URL(options.feed.url).origin}/news/${slug}`;
  const id = itemId(options.feed.id, { guid: link, title: options.title });
  const at = iso(options.at);
  const item: ScoredItem = {
    id,
    feedId: options.feed.id,
    guid: link,
    link,
    title: options.title,
    summary: options.summary,
    publishedAt: at,
    seenAt: at,
    placedAt: at,
    topics: [options.topic],
    storyId: storyId(options.title, id),
    score: { label, escalation, deescalation, net: Math.round((escalation - deescalation) * 10) / 10, signals, actors: [...options.actors], lexiconVersion: 'sample-1' },
  };
  return { item, masses: { escalation: escalation * options.feed.weight, deescalation: deescalation * options.feed.weight } };
}

/** Every copy of every sample story, oldest first (syndicated copies a minute apart). */
export function sampleItems(feeds: Record<FeedKey, FeedSample>, now: number, topic: string): SampleItem[] {
  return STORIES.flatMap((story) =>
    story.feeds.map((key, copy) => scoredItem({ feed: feeds[key].feed, title: story.title, summary: story.summary, fired: story.fired, actors: story.actors, at: now - story.minutesAgo * MINUTE + copy * MINUTE, topic })),
  );
}
