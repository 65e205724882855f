/**
 * The format's version and vocabularies, apart from the zod schema so that code which only needs the names (the
 * renderer, the filters) does not pull the validator into the first load.
 */

/** The format this build reads and writes. Older versions are migrated on import; newer ones are refused. */
export const FORMAT = 'capot/1';
export const FORMAT_VERSION = 1;

export const NODE_KINDS = ['question', 'position', 'argument', 'fact'] as const;

/** What each node kind is called on screen: one of them, and a list of them (the kind filter). */
export const NODE_KIND_NAMES = {
  question: 'Question',
  position: 'Position',
  argument: 'Argument',
  fact: 'Fact',
} as const;
export const NODE_KIND_PLURALS = {
  question: 'Questions',
  position: 'Positions',
  argument: 'Arguments',
  fact: 'Facts',
} as const;
/**
 * `answers`: a position answers a question. `undercuts`: an attack on the inference of another edge (its `to` names
 * an edge id). `rephrases`: two nodes say the same thing (AIF MA). `contradicts`: both cannot be true (Argdown).
 */
export const EDGE_KINDS = ['supports', 'attacks', 'answers', 'undercuts', 'rephrases', 'contradicts'] as const;
export const ACTOR_KINDS = ['person', 'organization', 'publication'] as const;
