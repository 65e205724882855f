import { NodeSchema, SourceSchema } from '../model/schema.ts';

/**
 * The schema's rules for single fields, asked before a value read from a foreign format is put in a map, so an
 * importer can leave out one odd value with a warning instead of failing validation of the whole map.
 */

/** Whether a text is a date the schema accepts (`2024-03-11`, `2024-03`, `2024`, `2021-04-15 19:49:39`). */
export function isDate(text: string): boolean {
  return NodeSchema.shape.date.safeParse(text).success;
}

/** Whether a text is a language tag the schema accepts (`en`, `fr`, `en-GB`). */
export function isLanguageTag(text: string): boolean {
  return SourceSchema.shape.language.safeParse(text).success;
}

/** Whether a text is an http(s) URL the schema accepts; anything else (`javascript:`, `file:`) is not kept. */
export function isHttpUrl(text: string): boolean {
  return SourceSchema.shape.url.safeParse(text).success && /^https?:/i.test(text);
}
