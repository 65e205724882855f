/**
 * Plain text from the HTML that some AIF tools (OVA, AIFdb) leave in node text. Labels in Capot are text only, so
 * tags are removed and character references decoded. Nothing is interpreted: no element is created, no script runs.
 */

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  uuml: 'ü',
  ouml: 'ö',
  auml: 'ä',
  szlig: 'ß',
};

/** Elements whose content is code, not text. */
const CODE_ELEMENTS = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** Tags that separate words (a line break, a paragraph) become a space; other tags vanish. */
const BREAKING_TAG = /<\/?(br|p|div|li|ul|ol|tr|td|th|h[1-6]|blockquote)\b[^<>]*>/gi;
/** A tag starts with a letter (or `/`, `!`) right after `<`, so `a < b` in ordinary text is left alone. */
const TAG = /<!--[\s\S]*?-->|<[/!]?[A-Za-z][^<>]*>/g;
const REFERENCE = /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});/g;

/** The text of an HTML fragment: tags removed, `<br>` and block tags as spaces, entities decoded. */
export function htmlToText(html: string): string {
  if (!html.includes('<') && !html.includes('&')) return html;
  return html
    .replace(CODE_ELEMENTS, ' ')
    .replace(BREAKING_TAG, ' ')
    .replace(TAG, '')
    .replace(REFERENCE, (whole, name: string) => decodeReference(name) ?? whole);
}

/** The text of an AIF text field: HTML reduced to text, line breaks kept (as `\n`), ends trimmed. */
export function plainText(text: string): string {
  return htmlToText(text).replace(/\r\n?/g, '\n').trim();
}

function decodeReference(name: string): string | undefined {
  if (!name.startsWith('#')) return NAMED[name];
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  const usable = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return usable ? String.fromCodePoint(code) : undefined;
}

/**
 * Text written into an HTML-tolerant format (AIF): only what {@link htmlToText} would read as markup is escaped, a
 * `<` before a letter and a `&` that starts a character reference, so the text comes back unchanged on import.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/&(?=#?\w+;)/g, '&amp;').replace(/<(?=[/!]?[A-Za-z]|!--)/g, '&lt;');
}
