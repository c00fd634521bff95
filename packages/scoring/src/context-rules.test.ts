import { describe, expect, it } from 'vitest';
import { getDefaultScorer } from './index.js';
import type { Signal } from './types.js';

// Sentences written for these tests. Each rule is shown with a control case
// that fires, so the test fails if the rule stops working.
const scorer = getDefaultScorer();

function signals(title: string): Signal[] {
  return scorer.score({ title }).signals;
}

function weightOf(title: string, category: string): number | undefined {
  const found = signals(title).filter((signal) => signal.category === category);
  return found.length === 0 ? undefined : Math.max(...found.map((signal) => signal.weight));
}

describe('negation and denial', () => {
  it('drops casualties that "no" negates', () => {
    expect(weightOf('Casualties were reported in the border town', 'casualties')).toBeDefined();
    expect(weightOf('No casualties were reported in the border town', 'casualties')).toBeUndefined();
    expect(weightOf('Nobody was killed when the shell landed', 'casualties')).toBeUndefined();
  });

  it('drops a strike the speaker denies planning', () => {
    expect(weightOf('The army has plans to strike the rebel camp', 'military-strike')).toBeDefined();
    expect(weightOf('The army denied plans to strike the rebel camp', 'military-strike')).toBeUndefined();
  });

  it('drops a meeting that did not happen', () => {
    expect(weightOf('The two ministers met in Oslo', 'meeting')).toBeDefined();
    expect(weightOf('The two ministers did not meet in Oslo', 'meeting')).toBeUndefined();
  });

  it('turns a refused or failed de-escalation into a rejection', () => {
    expect(weightOf('Negotiators reached a deal on the border', 'agreement')).toBeDefined();
    const failed = signals('Negotiators failed to reach a deal on the border');
    expect(failed.map((signal) => signal.category)).toContain('rejection');
    expect(failed.map((signal) => signal.category)).not.toContain('agreement');
    expect(signals('Talks between the two sides collapsed on Sunday').map((signal) => signal.category)).toContain('rejection');
  });

  it('does not let negation cross a clause boundary', () => {
    expect(weightOf('Officials did not comment, but troops shelled the port', 'military-strike')).toBeDefined();
  });
});

describe('modality and hedging', () => {
  it('keeps a possible strike, at a lower weight than a real one', () => {
    const real = weightOf('Warplanes struck the depot overnight', 'military-strike') ?? 0;
    const possible = weightOf('Warplanes could strike the depot overnight', 'military-strike') ?? 0;
    expect(possible).toBeGreaterThan(0);
    expect(possible).toBeLessThan(real);
  });

  it('hedges planned meetings and the possibility of talks', () => {
    const held = weightOf('The foreign ministers held talks in Doha', 'negotiation') ?? 0;
    expect(weightOf('The foreign ministers plan to hold talks in Doha', 'negotiation')).toBeLessThan(held);
    expect(weightOf('Diplomats raised the possibility of talks in Doha', 'negotiation')).toBeLessThan(held);
  });

  it('hedges a meeting that has not yet taken place instead of dropping it', () => {
    const hedged = weightOf('The summit has not yet taken place', 'meeting');
    expect(hedged).toBeGreaterThan(0);
    expect(hedged).toBeLessThan(weightOf('The summit took place in Geneva', 'meeting') ?? 0);
  });

  it('scores a threat as a threat and the threatened attack as hedged', () => {
    const found = signals('The militia threatened to attack the airport');
    expect(found.map((signal) => signal.category)).toContain('threat');
    expect(weightOf('The militia threatened to attack the airport', 'attack')).toBeLessThan(weightOf('The militia attacked the airport', 'attack') ?? 0);
  });

  it('treats an appeal for a ceasefire as an appeal, not a ceasefire', () => {
    const declared = weightOf('Both sides declared a ceasefire', 'ceasefire') ?? 0;
    expect(weightOf('The envoy called for a ceasefire', 'ceasefire')).toBeLessThan(declared / 2);
  });
});

describe('word sense', () => {
  it('reads a dockworkers\' strike as a protest, not a military strike', () => {
    const categories = signals("A dockworkers' strike shut the harbour").map((signal) => signal.category);
    expect(categories).toContain('protest');
    expect(categories).not.toContain('military-strike');
    expect(signals('A strike on the harbour destroyed two cranes').map((signal) => signal.category)).toContain('military-strike');
  });

  it('reads a hunger strike as a protest', () => {
    const categories = signals('The detained activist began a hunger strike').map((signal) => signal.category);
    expect(categories).toContain('protest');
    expect(categories).not.toContain('military-strike');
  });

  it('ignores a late strike that wins a football match', () => {
    expect(signals('A late strike won the match for the home side')).toEqual([]);
  });

  it('ignores a bombshell report and a heart attack', () => {
    expect(signals('A bombshell report shook the ministry')).toEqual([]);
    expect(signals('The senator died of a heart attack').map((signal) => signal.category)).not.toContain('attack');
  });

  it('does not fire on a film about a war', () => {
    expect(weightOf('A new film about the war opened in cinemas', 'hostilities')).toBeUndefined();
    expect(weightOf('The war entered its third year', 'hostilities')).toBeDefined();
  });

  it('does not read a fight against corruption as fighting', () => {
    expect(signals('The minister vowed to fight corruption')).toEqual([]);
  });

  it('reads troops massing as force posture only when something military is massed', () => {
    const fired = (title: string) => signals(title).filter((signal) => signal.category === 'force-posture').map((signal) => signal.text);
    expect(fired('Thousands of troops have massed along the border')).toContain('massed');
    expect(fired('The army amassed tanks near the river')).toContain('amassed');
    expect(signals('Fans massed outside the stadium before the final')).toEqual([]);
  });

  it('does not fire on event words inside a name', () => {
    expect(weightOf('Amnesty International published its yearly findings', 'release')).toBeUndefined();
    expect(weightOf('The government announced an amnesty for deserters', 'release')).toBeDefined();
  });
});

describe('magnitude', () => {
  it('scales casualties on a log scale of the count', () => {
    const two = weightOf('Two soldiers were killed', 'casualties') ?? 0;
    const dozens = weightOf('Dozens dead after the assault', 'casualties') ?? 0;
    const eighty = weightOf('The bombing killed more than 80 people', 'casualties') ?? 0;
    const thousands = weightOf('Thousands were killed in the siege', 'casualties') ?? 0;
    expect(two).toBeLessThan(dozens);
    expect(dozens).toBeLessThan(eighty);
    expect(eighty).toBeLessThanOrEqual(thousands);
    expect(thousands).toBeLessThanOrEqual(10);
  });

  it('does not read years, distances or section numbers as counts', () => {
    const plain = weightOf('People were killed in the clashes', 'casualties');
    expect(weightOf('In 2019 people were killed in the clashes', 'casualties')).toBe(plain);
    expect(weightOf('People were killed 40 km from the capital', 'casualties')).toBe(plain);
  });

  it('includes the count in the explanation', () => {
    const signal = signals('Gunmen killed 12 villagers').find((candidate) => candidate.category === 'casualties');
    expect(signal?.text).toBe('killed 12');
  });
});

describe('actor level', () => {
  it('weighs contact between national leaders above contact between mayors', () => {
    const leaders = weightOf('The two presidents spoke by phone', 'call') ?? 0;
    const mayors = weightOf('The two mayors spoke by phone', 'call') ?? 0;
    const nobody = weightOf('They spoke by phone', 'call') ?? 0;
    expect(leaders).toBeGreaterThan(nobody);
    expect(nobody).toBeGreaterThan(mayors);
  });
});

describe('reversal', () => {
  it('reads lifted sanctions as relief and freed hostages as a release', () => {
    expect(signals('Washington lifted the sanctions on Caracas').map((signal) => signal.category)).toEqual(['sanctions-relief']);
    const freed = signals('The hostages were freed on Friday').map((signal) => signal.category);
    expect(freed).toContain('release');
    expect(freed).not.toContain('abduction');
  });

  it('reads an ended war as de-escalation', () => {
    expect(scorer.score({ title: 'The accord ended the war' }).label).toBe('de-escalation');
  });
});

describe('statements', () => {
  it('treats condolences after an attack as a statement', () => {
    expect(scorer.score({ title: 'The king sent condolences after the bombing in the capital' }).label).toBe('neutral');
    expect(scorer.score({ title: 'A bombing in the capital killed six' }).label).toBe('escalation');
  });
});

describe('word sense and vocabulary of en-core 1.2', () => {
  it('reads a club thrashing a rival or a penalty shootout as sport', () => {
    expect(weightOf('Rebels thrashed the village guards overnight', 'attack')).toBeDefined();
    expect(weightOf('Porto thrashed Benfica in the league derby', 'attack')).toBeUndefined();
    expect(weightOf('Police killed two gunmen in a shootout at the market', 'attack')).toBeDefined();
    expect(weightOf('The hosts won the shootout after a goalless draw', 'attack')).toBeUndefined();
  });

  it('does not take the Met Office for a meeting', () => {
    expect(weightOf('The prime ministers met in Lisbon', 'meeting')).toBeDefined();
    expect(weightOf('The Met Office issued a flood warning for the valley', 'meeting')).toBeUndefined();
  });

  it('reads cross-border infrastructure as cooperation, not an incursion', () => {
    expect(weightOf('Troops made a cross-border raid at dawn', 'invasion') ?? weightOf('Troops made a cross-border raid at dawn', 'attack')).toBeDefined();
    expect(signals('The two states opened a cross-border railway').map((signal) => signal.polarity)).not.toContain('+');
    expect(weightOf('The two states opened a cross-border railway', 'cooperation')).toBeDefined();
  });

  it('counts wage negotiations as negotiations, weaker than talks between states', () => {
    const states = weightOf('The two governments resumed negotiations on the border', 'negotiation') ?? 0;
    const wages = weightOf('The dockers\' union and the port authority resumed wage negotiations', 'negotiation') ?? 0;
    expect(wages).toBeGreaterThan(0);
    expect(wages).toBeLessThan(states);
    expect(weightOf('The bank resumed merger talks with its rival', 'negotiation')).toBeUndefined();
  });

  it('reads arms sent to a state as military aid and joint patrols as cooperation', () => {
    expect(scorer.score({ title: 'Norway sends air defence systems to Finland' }).label).toBe('de-escalation');
    expect(scorer.score({ title: 'Ghana and Togo begin joint maritime patrols' }).label).toBe('de-escalation');
    expect(weightOf('Ghana and Togo begin joint maritime patrols', 'cooperation')).toBeDefined();
  });

  it('reads defying a court and ordering a mission out as escalation', () => {
    expect(weightOf('The governor defied a high court ruling on the land', 'rejection')).toBeDefined();
    const expelled = scorer.score({ title: 'The junta ordered the observer mission to leave the country' });
    expect(expelled.signals.map((signal) => signal.category)).toContain('expulsion');
    expect(expelled.label).toBe('escalation');
  });

  it('gives a mission named without an act less weight than a deployment to it', () => {
    const named = weightOf('The peacekeeping mission issued a statement', 'peacekeeping') ?? 0;
    const joined = weightOf('Fiji sent 200 soldiers to the peacekeeping mission', 'peacekeeping') ?? 0;
    expect(named).toBeGreaterThan(0);
    expect(joined).toBeGreaterThan(named);
  });

  it('treats a besieged town as the setting of the aid delivered to it', () => {
    expect(weightOf('Militias besieged the town for a month', 'blockade')).toBe(8);
    expect(weightOf('Aid convoy reaches the besieged town', 'blockade')).toBeLessThan(8);
    expect(scorer.score({ title: 'Planes airdrop food to the besieged town' }).label).toBe('de-escalation');
    expect(weightOf('Twelve trucks carrying medicine crossed into the enclave', 'humanitarian-access')).toBeDefined();
  });

  it('reaches back from a passive lifting to the restriction it lifts', () => {
    const lifted = signals('The curfew ordered in the district after the clashes was lifted on Monday');
    expect(lifted.map((signal) => signal.category)).not.toContain('restrictions');
    expect(lifted.map((signal) => signal.category)).toContain('easing');
    expect(weightOf('The curfew ordered in the district after the clashes was extended on Monday', 'restrictions')).toBeDefined();
  });

  it('counts what the displaced fled as background', () => {
    const war = weightOf('The war in the north goes on', 'hostilities') ?? 0;
    expect(weightOf('Agencies fed families displaced by the war in the north', 'hostilities')).toBeLessThan(war);
  });

  it('reads shared intelligence and handed-over records as cooperation, not as the events they describe', () => {
    const shared = scorer.score({ title: 'Chile and Peru exchanged intelligence on smuggling gangs' });
    expect(shared.signals.map((signal) => signal.category)).toContain('cooperation');
    expect(shared.label).toBe('de-escalation');
    expect(weightOf('Swiss authorities handed over bank records to Nigerian prosecutors', 'cooperation')).toBeDefined();
  });
});

describe('more vocabulary of en-core 1.2 (second hand-written dev set)', () => {
  // [sentence, category that must fire (or undefined), category that must not fire (or undefined)]
  const cases: Array<[string, string | undefined, string | undefined]> = [
    ['The two states pledged to lift trade to new highs', 'intent-to-cooperate', 'rejection'],
    ['Tanks crossed the border at dawn', 'invasion', undefined],
    ['Trucks loaded with grain crossed the border at dawn', undefined, 'invasion'],
    ['Gunmen were seen near the village', 'hostilities', 'attack'],
    ['The ministers met again after tense talks', 'meeting', 'riot'],
    ['The central bank warned that inflation could rise', undefined, 'threat'],
    ['The general warned the rebels to surrender', 'threat', undefined],
    ['Police killed two militants in an encounter', 'hostilities', undefined],
    ['The two ministers had a brief encounter in Rome', undefined, 'hostilities'],
    ['Aid reached the drought-stricken north', 'aid', 'protest'],
    ['The president received the Chilean envoy', 'meeting', undefined],
    ['Madrid threw its weight behind the peace plan', 'diplomatic-support', undefined],
    ['Lisbon will back the bid for a seat on the council', 'diplomatic-support', undefined],
    ['Prosecutors said they would work closely with Interpol', 'intent-to-cooperate', undefined],
    ['Quito wants to turn the page with Lima', 'restored-ties', undefined],
    ['The state earmarked 40 million dollars for flood victims', 'aid', undefined],
    ['The government restored the internet in the region', 'easing', undefined],
    ['The cabinet gave in to the teachers\' demands', 'easing', 'demand'],
    ['The council shelved plans to raise bus fares', 'easing', undefined],
    ['Rebels pulled back from the hills', 'withdrawal', undefined],
    ['The army moved thousands of troops to the frontier', 'force-posture', undefined],
    ['Campus occupations spread to four cities', 'protest', 'invasion'],
    ['The president promised sweeping political reforms', 'intent-to-cooperate', undefined],
    ['Moscow vetoes the draft resolution', 'rejection', undefined],
  ];
  it.each(cases)('"%s" fires %s and not %s', (title, fires, doesNot) => {
    const categories = signals(title).map((signal) => signal.category);
    if (fires) expect(categories).toContain(fires);
    if (doesNot) expect(categories).not.toContain(doesNot);
  });

  it('reads what a government acts while facing as background', () => {
    const news = weightOf('Street protests spread to the port city', 'protest') ?? 0;
    expect(weightOf('Facing weeks of street protests, the government withdrew the fuel tax', 'protest')).toBeLessThan(news);
  });
});
