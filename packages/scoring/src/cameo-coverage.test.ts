import { describe, expect, it } from 'vitest';
import { getDefaultScorer } from './index.js';

// One plain sentence, written for this test, for each kind of cooperative
// event in the CAMEO codebook (roots 03–08: intent, consultation, diplomatic
// and material cooperation, aid, yielding). A code the vocabulary does not
// cover shows up here as a neutral or escalation label.
const COOPERATIVE_EVENTS = [
  "The two countries pledged to boost trade and investment ties.",
  "Moscow offered to send military advisers to the junta.",
  "The president vowed to reform the police.",
  "The minister said the government is ready to ease the blockade.",
  "The rebels said they were willing to return to the negotiating table.",
  "Lima praised Quito for its handling of the border dispute.",
  "The foreign minister defended Hungary's position at the summit.",
  "Bolivia formally recognised the new government in Niger.",
  "The prime minister apologised to Ireland for the killings.",
  "The two neighbours signed a maritime border treaty.",
  "Brazil and Argentina agreed to build a gas pipeline together.",
  "The armies of Kenya and Uganda conducted combined operations against the militants.",
  "Spain extradited the former general to Argentina.",
  "The IMF approved a $3 billion loan to Egypt.",
  "The United States will provide $500 million in economic assistance to Jordan.",
  "France granted asylum to the dissident.",
  "Japan donated 20 ambulances to the Philippines.",
  "Authorities lifted the state of emergency in the capital.",
  "The government unbanned the main opposition party.",
  "The president accepted the resignation of the army chief after weeks of protests.",
  "The junta returned the seized tanker to its owners.",
  "The rebels handed back the bodies of the soldiers.",
  "The regime agreed to let UN inspectors visit the nuclear site.",
  "Rebels laid down their arms at a ceremony in the north.",
  "The militia demobilised 3,000 fighters.",
  "Troops pulled back from the disputed ridge.",
  "The last soldiers left the city under the withdrawal deal.",
  "The two sides declared a three-day truce for the holiday.",
  "The navy eased its blockade of the port.",
  "The government allowed aid agencies into the region.",
  "The chancellor hosted the Polish president in Berlin.",
  "The envoy travelled to Kabul for consultations with the Taliban.",
  "Qatar is brokering talks between the two factions.",
  "The two leaders held a phone call on Tuesday.",
  "The defence ministers agreed to set up a hotline.",
  "The countries restored diplomatic relations after seven years.",
  "Turkey reopened its border crossing with Armenia.",
  "Flights between the two capitals resumed after a four-year pause.",
  "The army released 40 detained protesters.",
  "The court pardoned the jailed journalists.",
];

describe('coverage of the CAMEO cooperative event codes', () => {
  const scorer = getDefaultScorer();
  it.each(COOPERATIVE_EVENTS)('reads "%s" as de-escalation', (title) => {
    expect(scorer.score({ title }).label).toBe('de-escalation');
  });
});
