import type { IArgument, IEquivalenceClass, ISection, IStatement } from '@argdown/core';
import type { DebateNode } from '../model/types.ts';
import type { MapDraft } from './map-draft.ts';
import type { UniqueIds } from './text-tools.ts';
import { collapseSpaces, labelAndText, slug } from './text-tools.ts';

/** Titles the Argdown parser invents for statements written without one. */
const UNTITLED = /^Untitled \d+$/;

/** The member whose text stands for an equivalence class or argument (Argdown's rule: marked canonical, else last). */
function canonical(members: readonly IStatement[]): IStatement | undefined {
  const defined = members.filter((m) => m.isReference !== true);
  return defined.find((m) => (m.data as { isCanonical?: unknown } | undefined)?.isCanonical === true) ?? defined.at(-1);
}

/** `line 12` for the first member of an element that has a line. */
export function lineOf(element: { startLine?: number; members?: readonly IStatement[] }): string {
  const line = element.startLine ?? element.members?.find((m) => m.startLine !== undefined)?.startLine;
  return line === undefined ? '(root)' : `line ${line}`;
}

/** Turns Argdown headings into groups, nested as the sections are; returns nothing, fills `draft.groups`. */
export function addGroups(sections: readonly ISection[], draft: MapDraft): void {
  const visit = (section: ISection, parent?: string): void => {
    const label = collapseSpaces(section.title ?? '') || 'Untitled section';
    draft.groups.push(parent === undefined ? { id: section.id, label } : { id: section.id, label, parent });
    for (const child of section.children) visit(child, section.id);
  };
  for (const section of sections) visit(section);
}

/** The node for a statement (equivalence class) or an argument: label, text, group, tags, data and proponents. */
export function argdownNode(element: IEquivalenceClass | IArgument, ids: UniqueIds, draft: MapDraft): DebateNode {
  const title = element.title ?? '';
  const text = collapseSpaces(canonical(element.members)?.text ?? '');
  const titled = title.trim() !== '' && !UNTITLED.test(title);
  const words = titled ? { label: collapseSpaces(title), ...(text === '' ? {} : { text }) } : labelAndText(text);
  const id = ids.take(slug(titled ? title : words.label, element.type === 'argument' ? 'argument' : 'statement'));
  const node: DebateNode = { id, kind: 'argument', ...words, actors: proponents(element, draft) };
  if (element.section?.id !== undefined) node.group = element.section.id;
  if (element.tags !== undefined && element.tags.length > 0) node.tags = [...new Set(element.tags)];
  const data = jsonData(element.data);
  if (data !== undefined) node.data = data;
  return node;
}

/**
 * Actors from the `proponent` convention: `{proponent: "Name"}` or `{proponent: [A, B]}` on the statement or
 * argument, else on the nearest heading above it (`# Pro side {proponent: "Ann"}`).
 */
function proponents(element: IEquivalenceClass | IArgument, draft: MapDraft): string[] {
  let section: ISection | undefined = element.section ?? undefined;
  let value = (element.data as { proponent?: unknown } | undefined)?.proponent;
  while (value === undefined && section !== undefined) {
    value = (section.data as { proponent?: unknown } | undefined)?.proponent;
    section = section.parent;
  }
  const names = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
  return [...new Set(names.filter((name) => name.trim() !== '').map((name) => draft.actor(name)))];
}

/** Argdown `{…}` data as plain JSON (YAML dates become strings), or nothing when empty or unusable. */
function jsonData(data: unknown): Record<string, unknown> | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || Object.keys(data).length === 0) {
    return undefined;
  }
  try {
    return JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** Whether a statement is a claim of the debate, rather than Argdown prose: titled, related or part of an argument. */
export function isClaim(ec: IEquivalenceClass): boolean {
  const used = ec.isUsedAsPremise === true || ec.isUsedAsMainConclusion === true || ec.isUsedAsIntermediaryConclusion;
  return !UNTITLED.test(ec.title ?? '') || (ec.relations ?? []).length > 0 || used === true;
}
