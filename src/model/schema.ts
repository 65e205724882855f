import { config, z } from 'zod';
import { ACTOR_KINDS, EDGE_KINDS, FORMAT, NODE_KINDS } from './kinds.ts';

// Before any schema is built: zod probes for its compiled fast path with `new Function('')`, which the app's
// Content-Security-Policy forbids (the probe fails quietly, but the browser reports a violation). Without eval that
// path is never used anyway, so nothing is lost; setting it here holds wherever the schema is loaded.
config({ jitless: true });

/**
 * The Capot debate format: the one definition of a map. Types are inferred from it, the JSON Schema in `data/` is
 * generated from it, and validation (`validate.ts`) runs it before the cross-reference checks zod cannot express.
 */

export { ACTOR_KINDS, EDGE_KINDS, FORMAT, FORMAT_VERSION, NODE_KINDS } from './kinds.ts';

const id = z.string().min(1, 'must not be empty');
const text = z.string();
const nonEmptyText = z.string().trim().min(1, 'must not be empty');
/** A calendar date (`2024-03-11`), month (`2024-03`) or year, or a full ISO date-time. */
const date = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/, 'must be a date like 2024-03-11');
const lang = z.string().regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/, 'must be a language tag like "fr" or "en-GB"');

export const SourceSchema = z.strictObject({
  id,
  title: nonEmptyText,
  publisher: nonEmptyText,
  author: text.optional(),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  date: date.optional(),
  language: lang,
});

export const ActorSchema = z.strictObject({
  id,
  name: nonEmptyText,
  kind: z.enum(ACTOR_KINDS),
  memberOf: z.array(id).optional(),
  role: text.optional(),
  description: text.optional(),
});

export const AxisSchema = z.strictObject({
  id,
  label: nonEmptyText,
  negative: nonEmptyText,
  positive: nonEmptyText,
  description: text.optional(),
});

export const QuoteSchema = z.strictObject({
  text: nonEmptyText,
  lang,
  translation: text.optional(),
  speaker: id,
  source: id,
  /** Where in the source: a page, a timestamp, a paragraph. */
  locator: text.optional(),
});

export const NodeSchema = z.strictObject({
  id,
  kind: z.enum(NODE_KINDS),
  label: nonEmptyText,
  text: text.optional(),
  actors: z.array(id),
  quotes: z.array(QuoteSchema).optional(),
  axes: z
    .record(z.string(), z.number().min(-1, 'must be between -1 and 1').max(1, 'must be between -1 and 1'))
    .optional(),
  date: date.optional(),
  /** A group (Argdown heading, a chapter of the debate). */
  group: id.optional(),
  tags: z.array(z.string()).optional(),
  /** Free data carried over from an import (Argdown `{…}` fields, AIF scheme names). */
  data: z.record(z.string(), z.unknown()).optional(),
});

export const EdgeSchema = z.strictObject({
  id: id.optional(),
  from: id,
  /** A node id; for `undercuts`, the id of the edge whose inference is attacked. */
  to: id,
  kind: z.enum(EDGE_KINDS),
  note: text.optional(),
});

export const GroupSchema = z.strictObject({
  id,
  label: nonEmptyText,
  parent: id.optional(),
});

export const MapSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(FORMAT),
  id: z
    .string()
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be letters, digits, ".", "_" or "-" (it names exported files)'),
  title: nonEmptyText,
  description: text,
  language: lang,
  sources: z.array(SourceSchema),
  actors: z.array(ActorSchema),
  axes: z.array(AxisSchema),
  nodes: z.array(NodeSchema),
  edges: z.array(EdgeSchema),
  groups: z.array(GroupSchema).optional(),
});

export type NodeKind = (typeof NODE_KINDS)[number];
export type EdgeKind = (typeof EDGE_KINDS)[number];
export type ActorKind = (typeof ACTOR_KINDS)[number];
export type Source = z.infer<typeof SourceSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type Axis = z.infer<typeof AxisSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type DebateNode = z.infer<typeof NodeSchema>;
export type DebateEdge = z.infer<typeof EdgeSchema>;
export type Group = z.infer<typeof GroupSchema>;
export type DebateMap = z.infer<typeof MapSchema>;
