import type { IArgdownResponse } from '@argdown/core';
import { isRecord } from '../model/read-unknown.ts';
import type { Source } from '../model/types.ts';
import { isDate, isHttpUrl, isLanguageTag } from './field-checks.ts';
import { baseName, mapIdFromFileName } from './finish-import.ts';
import { guessLanguage } from './guess-language.ts';
import type { DraftMeta, MapDraft } from './map-draft.ts';
import { collapseSpaces } from './text-tools.ts';

/**
 * The map's title, description and language from the Argdown front matter (`title`, `subTitle` or `abstract`,
 * `lang`), else the file name and a guess; and one source for the document (`author`, `date`, `url`). A date or
 * URL the schema would refuse is left out with a warning.
 */
export function argdownMeta(response: IArgdownResponse, fileName: string | undefined, draft: MapDraft): DraftMeta {
  const front: Record<string, unknown> = isRecord(response.frontMatter) ? response.frontMatter : {};
  const text = (key: string): string | undefined => {
    // YAML reads `date: 2024-06-01` as a Date.
    const value = front[key] instanceof Date ? yamlDate(front[key]) : front[key];
    const joined = Array.isArray(value) ? value.filter((v) => typeof v === 'string').join(', ') : value;
    return typeof joined === 'string' && joined.trim() !== '' ? collapseSpaces(joined) : undefined;
  };
  const stated = text('lang') ?? text('language');
  const language =
    stated !== undefined && isLanguageTag(stated) ? stated : guessLanguage(draft.nodes.map((n) => n.text ?? n.label));
  const title = text('title') ?? (baseName(fileName) || 'Argdown map');
  const author = text('author');
  const source: Source = { id: 'argdown', title, publisher: author ?? 'Argdown document', language };
  if (author !== undefined) source.author = author;
  const date = text('date');
  if (date !== undefined && isDate(date)) source.date = date;
  else if (date !== undefined)
    draft.warn('front matter', `date ${JSON.stringify(date)} is not like 2024-03-11: left out`);
  const url = text('url');
  if (url !== undefined && isHttpUrl(url)) source.url = url;
  else if (url !== undefined)
    draft.warn('front matter', `url ${JSON.stringify(url)} is not an http(s) address: left out`);
  draft.sources.push(source);
  const description = text('subTitle') ?? text('abstract') ?? '';
  return { id: mapIdFromFileName(fileName, 'argdown-map'), title, description, language };
}

/** A YAML date as the schema writes dates: `2024-06-01`, or the full ISO time when it has one. */
function yamlDate(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}
