/**
 * A tiny description of SVG elements: the one drawing code produces it, the live view turns it into React elements
 * and the exporter into a standalone file. Attribute names are SVG's own (`stroke-width`, `viewBox`).
 */
export interface SvgEl {
  tag: string;
  attrs?: Record<string, string | number | undefined>;
  /** Text content, always escaped, never parsed as markup. */
  text?: string;
  children?: SvgEl[];
}

export const el = (tag: string, attrs: SvgEl['attrs'] = {}, children?: SvgEl[], text?: string): SvgEl =>
  text === undefined ? (children ? { tag, attrs, children } : { tag, attrs }) : { tag, attrs, text };

// XML 1.0 allows tab, LF, CR and #x20 up; lone surrogates and U+FFFE/FFFF are not characters either.
const INVALID_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for XML content and attribute values; drops characters XML cannot carry. */
export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const SAFE_NAME = /^[A-Za-z_][\w.:-]*$/;

/** Serialises a tree to XML. Tag and attribute names come from our own code; anything else is escaped. */
export function serialize(node: SvgEl, indent = ''): string {
  if (!SAFE_NAME.test(node.tag)) throw new Error(`unsafe tag name ${JSON.stringify(node.tag)}`);
  let attrs = '';
  for (const [name, value] of Object.entries(node.attrs ?? {})) {
    if (value === undefined) continue;
    // Event handlers never enter an exported file, whatever the caller passed.
    if (!SAFE_NAME.test(name) || /^on/i.test(name)) throw new Error(`unsafe attribute name ${JSON.stringify(name)}`);
    attrs += ` ${name}="${escapeXml(String(value))}"`;
  }
  if (node.text !== undefined) return `${indent}<${node.tag}${attrs}>${escapeXml(node.text)}</${node.tag}>`;
  if (!node.children?.length) return `${indent}<${node.tag}${attrs}/>`;
  const inner = node.children.map((c) => serialize(c, indent + '  ')).join('\n');
  return `${indent}<${node.tag}${attrs}>\n${inner}\n${indent}</${node.tag}>`;
}
