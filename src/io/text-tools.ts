/** Small text helpers shared by the importers: labels, ids. Nothing here removes words from a text. */

/** The longest label an importer makes from a longer text (the full text is kept in the node's `text`). */
export const LABEL_LENGTH = 80;

/** Collapses runs of white space (line breaks, tabs) into single spaces and trims the ends. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A label for a text: the text itself when it is short, else its beginning cut at a word boundary near
 * {@link LABEL_LENGTH} characters, with "…".
 */
export function shortenLabel(text: string, max = LABEL_LENGTH): string {
  const flat = collapseSpaces(text);
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const head = space > max / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** `label` (shortened) and `text` (the full text, only when the label had to shorten it) for a node. */
export function labelAndText(full: string): { label: string; text?: string } {
  const label = shortenLabel(full);
  const text = full.trim();
  return label === collapseSpaces(text) ? { label } : { label, text };
}

/** A readable id from a name: `Lucy Frazer` → `lucy-frazer`; `fallback` when nothing usable is left. */
export function slug(name: string, fallback = 'x'): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return base === '' ? fallback : base;
}

/** Hands out ids that are unique within one collection: `a`, `a-2`, `a-3`. */
export class UniqueIds {
  readonly #used = new Set<string>();

  /** Marks `id` as taken without changing it. */
  reserve(id: string): void {
    this.#used.add(id);
  }

  /** `base` if it is free, else `base-2`, `base-3`…, and marks the result as taken. */
  take(base: string): string {
    let id = base;
    for (let n = 2; this.#used.has(id); n++) id = `${base}-${n}`;
    this.#used.add(id);
    return id;
  }
}
