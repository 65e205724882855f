import { frozenCopy } from './load.ts';
import type { DebateMap, LoadedMap } from './types.ts';

/**
 * A tiny valid map for tests across the app: one question, two positions, arguments for and against, a fact, an
 * undercut, a contradiction, an organisation with a member (Mistral AI and Arthur Mensch), quotes, two axes, groups.
 *
 * Edges: `e-ans1` p-open answers q, `e-ans2` p-closed answers q, `e-contra` p-open contradicts p-closed,
 * `e-sup1` a-research supports p-open, `e-att1` a-misuse attacks p-open, `e-sup2` a-misuse supports p-closed,
 * `e-sup3` a-sovereignty supports p-open, `e-fact` f-leak supports a-misuse, `e-under` a-api undercuts e-att1.
 */
export function testDocument(): DebateMap {
  return {
    format: 'capot/1',
    id: 'test-map',
    title: 'Should frontier AI models be open?',
    description: 'A small map for tests.',
    language: 'en',
    sources: [
      { id: 's-interview', title: 'Interview', publisher: 'Le Monde', url: 'https://example.org/a', language: 'fr' },
      { id: 's-talk', title: 'Talk', publisher: 'Conference', date: '2024-03', language: 'en' },
    ],
    actors: [
      { id: 'mistral', name: 'Mistral AI', kind: 'organization' },
      { id: 'mensch', name: 'Arthur Mensch', kind: 'person', memberOf: ['mistral'], role: 'CEO' },
      { id: 'meta', name: 'Meta', kind: 'organization' },
      { id: 'lecun', name: 'Yann LeCun', kind: 'person', memberOf: ['meta'] },
      { id: 'bengio', name: 'Yoshua Bengio', kind: 'person' },
    ],
    axes: [
      { id: 'openness', label: 'Openness', negative: 'closed', positive: 'open' },
      { id: 'risk', label: 'Risk', negative: 'low', positive: 'high' },
    ],
    nodes: [
      { id: 'q', kind: 'question', label: 'Should model weights be open?', actors: [] },
      { id: 'p-open', kind: 'position', label: 'Open the weights', actors: ['mistral'], axes: { openness: 1 } },
      { id: 'p-closed', kind: 'position', label: 'Keep them closed', actors: ['bengio'], axes: { openness: -0.8 } },
      {
        id: 'a-research',
        kind: 'argument',
        label: 'Openness speeds research',
        actors: [],
        quotes: [{ text: 'Open research wins.', lang: 'en', speaker: 'lecun', source: 's-talk' }],
        group: 'g-economy',
      },
      { id: 'a-misuse', kind: 'argument', label: 'Open weights enable misuse', actors: ['bengio'], group: 'g-safety' },
      {
        id: 'a-sovereignty',
        kind: 'argument',
        label: 'Europe needs its own models',
        actors: ['mensch'],
        quotes: [{ text: 'Il faut des modèles européens.', lang: 'fr', speaker: 'mensch', source: 's-interview' }],
        group: 'g-economy',
      },
      { id: 'f-leak', kind: 'fact', label: 'Llama weights leaked within a week', actors: [], date: '2023-03' },
      { id: 'a-api', kind: 'argument', label: 'Closed models are misused through APIs too', actors: ['lecun'] },
    ],
    edges: [
      { id: 'e-ans1', from: 'p-open', to: 'q', kind: 'answers' },
      { id: 'e-ans2', from: 'p-closed', to: 'q', kind: 'answers' },
      { id: 'e-contra', from: 'p-open', to: 'p-closed', kind: 'contradicts' },
      { id: 'e-sup1', from: 'a-research', to: 'p-open', kind: 'supports' },
      { id: 'e-att1', from: 'a-misuse', to: 'p-open', kind: 'attacks' },
      { id: 'e-sup2', from: 'a-misuse', to: 'p-closed', kind: 'supports' },
      { id: 'e-sup3', from: 'a-sovereignty', to: 'p-open', kind: 'supports' },
      { id: 'e-fact', from: 'f-leak', to: 'a-misuse', kind: 'supports' },
      { id: 'e-under', from: 'a-api', to: 'e-att1', kind: 'undercuts' },
    ],
    groups: [
      { id: 'g-debate', label: 'The debate' },
      { id: 'g-safety', label: 'Safety', parent: 'g-debate' },
      { id: 'g-economy', label: 'Economy', parent: 'g-debate' },
    ],
  };
}

/** {@link testDocument} as a loaded map: deep-frozen, every edge already has an id. */
export const testMap: LoadedMap = (() => {
  const doc = testDocument();
  return frozenCopy({ ...doc, edges: doc.edges.map((edge) => ({ ...edge, id: edge.id ?? '' })) });
})();
