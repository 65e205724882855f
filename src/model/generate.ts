import type { Actor, DebateNode, EdgeKind, LoadedEdge, LoadedMap, NodeKind, Quote } from './types.ts';

/** What {@link generateMap} makes. */
export interface GenerateOptions {
  /** How many nodes; at least 1. */
  nodes: number;
  /** The same seed gives the same map. */
  seed?: number;
  /** How many actors (at least 3, so that one organisation has two members); 8 by default. */
  actors?: number;
}

const WORDS = (
  'open model weights research safety risk public funding mission company profit law court trust data training ' +
  'compute energy cost market users privacy security access code licence rules state europe china america startup ' +
  'lab investors board founders nonprofit science progress jobs workers schools health media election power control ' +
  'misuse bias audit standard regulator treaty budget growth innovation monopoly competition transparency ' +
  'accountability harm benefit evidence report study survey experts critics citizens developers scale chips cloud ' +
  'servers language benchmarks release policy contract'
).split(' ');
const LINKS = 'the a more less no every of for against with without to by than and or because'.split(' ');
const VERBS = 'helps hurts needs limits protects threatens funds weakens explains ignores requires delays'.split(' ');
const FIRST = 'Ada Bruno Chloé Dmitri Esther Farid Greta Hugo Inès Jonas Kemal Lena Malik Nora Omar Paula'.split(' ');
const LAST = 'Arendt Baptiste Costa Duval Eklund Ferreira Garnier Haddad Ibsen Jansen Kovac Laurent Moreau'.split(' ');
const ORGS = ['Open Frontier Lab', 'Civic Data Alliance', 'Northwind AI', 'The Daily Ledger', 'Policy Forum'];

/**
 * A seeded, argument-like map for benchmarks and tests: a few questions on top, positions answering them, arguments
 * supporting or attacking positions and other arguments (a tree), facts supporting arguments, and cross links
 * (supports, attacks, contradicts, rephrases, undercuts) until there are about 1.3 edges per node. Labels are 3–14
 * words of a small vocabulary; some nodes carry a full text, a date or a quote. Ids are `n<i>` for nodes and `e<i>`
 * for edges. Pure: its own random source, so the same options always give the same map. It passes `validateMap`; as
 * every edge has its id, it is also a `LoadedMap`, fresh and not yet frozen.
 */
export function generateMap({ nodes: count, seed = 1, actors: actorCount = 8 }: GenerateOptions): LoadedMap {
  const random = lcg(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const n = Math.max(1, Math.floor(count));
  const actors = makeActors(Math.max(3, Math.floor(actorCount)));
  const people = actors.filter((a) => a.kind === 'person');

  const questions = Math.min(n, Math.max(1, Math.round(Math.sqrt(n) / 4)));
  const positions = Math.min(n - questions, Math.max(2 * questions, Math.round(n * 0.08)));
  const facts = Math.round((n - questions - positions) * 0.25);
  const kindAt = (i: number): NodeKind =>
    i < questions ? 'question' : i < questions + positions ? 'position' : i < n - facts ? 'argument' : 'fact';

  const nodes: DebateNode[] = [];
  const edges: LoadedEdge[] = [];
  const ids = Array.from({ length: n }, (_, i) => `n${i}`);
  // Node pairs already linked, either way round, as from × n + to (exact below 94 million nodes: n² < 2⁵³).
  const taken = new Set<number>();
  const addEdge = (from: number, to: number, kind: EdgeKind): boolean => {
    if (from === to || taken.has(from * n + to) || taken.has(to * n + from)) return false;
    taken.add(from * n + to);
    edges.push({ id: `e${edges.length}`, from: ids[from]!, to: ids[to]!, kind });
    return true;
  };
  // Actor popularity is skewed (a few voices hold most claims), as in real debates.
  const someActors = () => {
    const r = random();
    const one = () => actors[Math.floor(random() * random() * actors.length)]!.id;
    return r < 0.12 ? [] : r < 0.85 ? [one()] : [...new Set([one(), one()])];
  };

  for (let i = 0; i < n; i++) {
    const kind = kindAt(i);
    const id = ids[i]!;
    const node: DebateNode = { id, kind, label: sentence(kind, random, pick, int), actors: someActors() };
    if (random() < 0.3) node.text = sentence('fact', random, pick, int) + ' ' + sentence('argument', random, pick, int);
    if (random() < 0.2) node.date = `20${int(18, 24)}-0${int(1, 9)}`;
    if (kind !== 'question' && random() < 0.12) node.quotes = [quote(pick(people).id, random, pick, int)];
    nodes.push(node);
    // The tree: every node but the questions hangs under one earlier node.
    if (kind === 'position') addEdge(i, int(0, questions - 1), 'answers');
    else if (kind === 'argument') addEdge(i, int(questions, i - 1), random() < 0.65 ? 'supports' : 'attacks');
    else if (kind === 'fact') addEdge(i, int(questions + positions, n - facts - 1), 'supports');
  }

  // Cross links between positions and arguments, until edges ≈ 1.3 × nodes.
  const target = Math.round(1.3 * n);
  const claims = n - facts - questions;
  for (let tries = 0; edges.length < target && claims > 1 && tries < 4 * n; tries++) {
    const from = questions + int(0, claims - 1);
    const to = questions + int(0, claims - 1);
    const r = random();
    if (r < 0.08 && edges.length > 0) {
      const attacked = edges[int(0, edges.length - 1)]!;
      if (attacked.kind !== 'undercuts' && attacked.from !== ids[from])
        edges.push({ id: `e${edges.length}`, from: ids[from]!, to: attacked.id, kind: 'undercuts' });
      continue;
    }
    const bothPositions = kindAt(from) === 'position' && kindAt(to) === 'position';
    const kind = bothPositions ? 'contradicts' : r < 0.12 ? 'rephrases' : r < 0.6 ? 'supports' : 'attacks';
    addEdge(from, to, kind);
  }

  return {
    format: 'capot/1',
    id: `generated-${n}-${seed}`,
    title: `Generated debate (${n} nodes, seed ${seed})`,
    description: 'A seeded, argument-like map made by generateMap for benchmarks and tests.',
    language: 'en',
    sources: [
      { id: 's-paper', title: 'The state of the debate', publisher: 'The Daily Ledger', language: 'en' },
      { id: 's-interview', title: 'Entretien', publisher: 'Le Quotidien', date: '2024-03', language: 'fr' },
    ],
    actors,
    axes: [{ id: 'openness', label: 'Openness', negative: 'Closed', positive: 'Open' }],
    nodes,
    edges,
  };
}

/** Organisations first (the first with two members, the second with one), then people and a publication. */
function makeActors(count: number): Actor[] {
  const orgs = Math.max(1, Math.min(ORGS.length - 1, Math.floor(count / 4)));
  const actors: Actor[] = [];
  for (let i = 0; i < count; i++) {
    const id = `a${i}`;
    if (i < orgs) actors.push({ id, name: ORGS[i]!, kind: 'organization' });
    else if (i === count - 1 && count > 3) actors.push({ id, name: ORGS.at(-1)!, kind: 'publication' });
    else {
      const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}${i >= FIRST.length ? ` ${i}` : ''}`;
      const person: Actor = { id, name, kind: 'person' };
      const org = i - orgs < 2 ? 0 : i - orgs === 2 && orgs > 1 ? 1 : -1;
      if (org >= 0) Object.assign(person, { memberOf: [`a${org}`], role: 'spokesperson' });
      actors.push(person);
    }
  }
  return actors;
}

type Pick = <T>(items: readonly T[]) => T;

/** 3–14 words; questions end with a question mark, the rest read like claims ("Open weights helps the research"). */
function sentence(kind: NodeKind, random: () => number, pick: Pick, int: (lo: number, hi: number) => number): string {
  const [lo, hi] = kind === 'position' ? [3, 9] : kind === 'question' ? [5, 10] : [5, 14];
  const length = int(lo, hi);
  // Built by concatenation, without an array of words per sentence: a large map has hundreds of thousands of them.
  let text = '';
  for (let k = 0; k < length; k++) {
    const word = k === 2 ? pick(VERBS) : random() < 0.3 && k > 0 ? pick(LINKS) : pick(WORDS);
    text = k === 0 ? word : `${text} ${word}`;
  }
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return kind === 'question' ? `Should ${text}?` : capital;
}

function quote(speaker: string, random: () => number, pick: Pick, int: (lo: number, hi: number) => number): Quote {
  const text = sentence('argument', random, pick, int);
  return random() < 0.5
    ? { text, lang: 'en', speaker, source: 's-paper' }
    : { text: `« ${text} »`, lang: 'fr', translation: text, speaker, source: 's-interview' };
}

/** The Numerical Recipes LCG d3-force uses; model/ imports nothing of ours, so it has its own copy. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}
