// Resolution: mentions to canonical entities across a batch and the store; statements and relations tied to them.
import type {
  Entity,
  Extraction,
  Mention,
  NewsDocument,
  ResolvedBatch,
  ResolvedDocument,
  ResolvedRelation,
  ResolvedRole,
  ResolvedStatement,
  Span,
} from '../core/index.js';
import { HolderLookup, isRelativePronoun, SpanLookup, stableId } from '../core/index.js';
import { addCallPartyAddressees } from './call-parties.js';
import { EntityTable } from './entity-table.js';
import { nameLinker, type NameLinker } from './name-links.js';
import { antecedentAmong, isFirstPerson, NamesByClass, peopleBySentence, Voices } from './pronouns.js';
import { sentenceStarts } from './sentences.js';

export interface ResolveInput {
  document: NewsDocument;
  extraction: Extraction;
}

/** Links every mention of one document to an entity id where it can. */
function linkMentions(input: ResolveInput, lookup: SpanLookup<Mention>, table: EntityTable, linkName: NameLinker): Map<string, string> {
  const { document, extraction } = input;
  const link = new Map<string, string>();
  const names = extraction.mentions.filter((m) => m.kind === 'name');
  for (const m of names) link.set(m.id, linkName(m, document.text));
  const byClass = new NamesByClass(names);
  for (const d of extraction.mentions.filter((m) => m.kind === 'description')) {
    if (d.canonical) link.set(d.id, table.add(d.canonical, d.type));
    else {
      const target = byClass.describing(d);
      if (target && link.has(target.id)) link.set(d.id, link.get(target.id)!);
    }
  }
  const starts = sentenceStarts(document.text);
  // A person's gender where any of their names in the document shows it ("Hillary Clinton" for "Clinton").
  const genders = new Map<string, string | null>();
  for (const m of names) {
    const id = link.get(m.id);
    if (!m.gender || !id) continue;
    genders.set(id, genders.has(id) && genders.get(id) !== m.gender ? null : m.gender);
  }
  const genderOf = (m: Mention): string | undefined => m.gender ?? genders.get(link.get(m.id) ?? '') ?? undefined;
  const third = extraction.mentions.filter((m) => m.kind === 'pronoun' && !isFirstPerson(m));
  const people = peopleBySentence(names, starts);
  const holding = new HolderLookup(extraction.statements.map((s) => s.content));
  // The narration's pronouns first: a quotation's speaker may be one ('"He is a liar," she said').
  for (const p of [...third.filter((m) => !m.quoted), ...third.filter((m) => m.quoted)]) {
    // 'Trump said of Cruz: "He is a liar."': inside a quotation "he" is someone other than its speaker.
    const statement = p.quoted ? extraction.statements[holding.holders(p.span)[0] ?? -1] : undefined;
    const speaker = statement ? entityIn(statement.source, lookup, link, document.text) : null;
    const other = (m: Mention) => !!speaker && link.get(m.id) === speaker;
    const target = antecedentAmong(p, people, starts, document.text, genderOf, other);
    if (target && link.has(target.id)) link.set(p.id, link.get(target.id)!);
  }
  return link;
}

/**
 * The entity a phrase names: its head, the mention nearest the end of the words before any aside
 * ("Lynch, who met Bill Clinton, ..." is Lynch), people first; a name set off right after a
 * description speaks for it ("A spokesman for the Commission, Ann Ruiz"); a place or group inside
 * an aside is nobody's name for the speaker ("Ola Ade, a pollster in Lagos").
 */
function entityIn(span: Span | null, lookup: SpanLookup<Mention>, link: Map<string, string>, text: string): string | null {
  if (!span) return null;
  // "Donald Trump, who said the deal was dead, left": a relative pronoun speaks for the name before it.
  if (isRelativePronoun(text.slice(span.start, span.end))) {
    const antecedent = lookup
      .within({ start: Math.max(0, span.start - 80), end: span.start })
      .map((i) => lookup.items[i]!)
      .find((m) => link.has(m.id) && m.kind === 'name' && m.span.end <= span.start && /^,?\s*$/.test(text.slice(m.span.end, span.start)));
    return antecedent ? link.get(antecedent.id)! : null;
  }
  // "His lawyer", "Macron's spokesman, Gabriel Attal": a possessive before a person noun names someone
  // else than the one who speaks; "Her submission to the court" is hers.
  const owner = (m: Mention): boolean => {
    const after = text.slice(m.span.end, m.span.end + 48);
    return m.kind === 'pronoun' ? POSSESSIVE.test(m.text) && PERSON_NOUN.test(after) : /^['’]s?\b/.test(after) && PERSON_NOUN.test(after.replace(/^['’]s?/, ''));
  };
  const inside = lookup
    .within(span)
    .map((i) => lookup.items[i]!)
    .filter((m) => link.has(m.id) && !owner(m));
  const aside = ASIDE.exec(text.slice(span.start, span.end));
  const headEnd = aside ? span.start + aside.index : span.end;
  const head = inside.filter((m) => m.span.end <= headEnd);
  const last = (ms: readonly Mention[]): Mention | undefined => [...ms].sort((a, b) => b.span.end - a.span.end)[0];
  // "..., Mr. Guajardo", "many experts, including Mr. Goldberg": the name right after the comma.
  const appositive = aside && /^,/.test(aside[0]) ? inside.find((m) => m.type === 'person' && m.span.start >= headEnd && APPOSED.test(text.slice(headEnd, m.span.start))) : undefined;
  // "An adviser to Narendra Modi", "Police in Marseille", "The wife of activist Ahmed Mansoor": a name
  // after a preposition of the head is not the one who speaks; "a spokesman for the Commission"
  // speaks for it, so an organization after "for" or "of" still answers when nothing else does.
  const governed = (m: Mention): boolean => GOVERNING.test(text.slice(span.start, m.span.start)) && !TITLE_OF.test(text.slice(span.start, m.span.start));
  // "Secretary of State John Kerry": a preposition inside a title governs nothing that follows it.
  const free = head.filter((m) => !governed(m));
  const before = (m: Mention): string => text.slice(span.start, m.span.start);
  const behalf = head.filter((m) => (m.type === 'organization' && BEHALF.test(before(m))) || SPEAKS_FOR.test(before(m)));
  const pick = last(free.filter((m) => m.type === 'person')) ?? appositive ?? last(free) ?? last(behalf);
  return pick ? link.get(pick.id)! : null;
}

// Where the head of a phrase ends: a comma, a bracket, a dash set off by spaces, a relative pronoun.
const ASIDE = /,|\s\(|\s(?:[—–-]|--)\s|\s(?:who|which|whose)\s/;
const POSSESSIVE = /^(?:his|her|their|its|our|my|your)$/i;
const PERSON_NOUN =
  /^\s+(?:[\w-]+\s+){0,2}?(?:lawyers?|attorneys?|spokes(?:man|woman|person)|aides?|advis[eo]rs?|surrogates?|(?:ex-)?wife|(?:ex-)?husband|daughters?|sons?|brothers?|sisters?|mother|father|parents|friends?|partners?|supporters?|allies|ally|critics?|rivals?|opponents?|staff(?:ers)?|press secretar(?:y|ies)|colleagues?|doctors?|physician|assistants?|deputy|chief of staff|campaign manager|running mate|successor|predecessor)\b/i;
// A preposition with at most a few words before the name, one of them in lower case ("of jailed
// activist", "to", "in the"); an author after "by" is the source ("a study by Justin Levitt").
const GOVERNING = /\b(?:for|of|to|at|with|from|about|against|under|in|near|close)\s+(?:(?:[\w'’.-]+\s+){0,3}?(?:\p{Ll}[\w'’.-]*\s+)(?:[\w'’.-]+\s+){0,2})?$/u;
// "Chancellor of the Exchequer David Whitmore", "Secretary of the Interior Jane Doe": a capitalised
// title going on with "of the" and capitalised words is one title, which governs no name after it.
const TITLE_OF = /(?:^|\s)\p{Lu}\p{Ll}+\s+of\s+the\s+(?:\p{Lu}[\w'’.-]*\s+)*$/u;
const APPOSED = /^,\s*(?:including\s+)?(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sir|Dame|Lord|Lady)\.?\s+)?$/;
const BEHALF = /\b(?:for|of)\b/i;
// "A spokeswoman for Hillary Clinton", "The city of Phoenix", "the government of Iran": the one spoken for.
const SPEAKS_FOR = /\b(?:spokes(?:man|woman|person)|representatives?) for\s+(?:the\s+)?$|\b(?:city|state|town|county|government|administration|people|office|campaign) of\s+(?:the\s+)?$/i;

function resolveDocument(input: ResolveInput, lookup: SpanLookup<Mention>, table: EntityTable, entities: ReadonlyMap<string, Entity>, link: Map<string, string>): ResolvedDocument {
  const { document, extraction } = input;
  const mentions = extraction.mentions;
  const statements: ResolvedStatement[] = extraction.statements.map((s) => ({
    ...s,
    speakerId: entityIn(s.source, lookup, link, document.text),
    addresseeId: entityIn(s.addressee, lookup, link, document.text),
    reporterIds: s.reporters.map((r) => entityIn(r, lookup, link, document.text)).filter((id): id is string => id !== null),
    aboutIds: [],
  }));
  // "I" in reported remarks is their speaker (the first statement of that id's, as ids may repeat).
  const firstPerson = mentions.filter((m) => m.kind === 'pronoun' && isFirstPerson(m));
  const holding = new HolderLookup(statements.map((s) => s.content));
  const firstWithId = new Map<string, ResolvedStatement>();
  for (const s of statements) if (!firstWithId.has(s.id)) firstWithId.set(s.id, s);
  for (const p of firstPerson) {
    const s = statements[holding.holders(p.span)[0] ?? -1];
    const speaker = s && firstWithId.get(s.id)?.speakerId;
    if (speaker) link.set(p.id, speaker);
  }
  // "I believe ..." after remarks that already speak as "I" in the same paragraph goes on in that voice.
  const voices = new Voices(firstPerson, statements);
  for (const p of firstPerson) {
    if (link.has(p.id)) continue;
    const voice = voices.of(p, link, document.text);
    if (voice) link.set(p.id, voice);
  }
  for (const s of statements) if (s.speakerId === null) s.speakerId = entityIn(s.source, lookup, link, document.text);
  for (const s of statements) {
    const about = new Set<string>();
    // The mentions within any of the content's spans, in text order as the mentions come.
    const inside = [...new Set(s.content.flatMap((c) => lookup.within(c)))].sort((a, b) => a - b);
    for (const m of inside.map((i) => mentions[i]!)) {
      const id = link.get(m.id);
      if (id && id !== s.speakerId && m.kind !== 'pronoun') about.add(id);
    }
    s.aboutIds = [...about];
  }
  const relations: ResolvedRelation[] = [];
  const relationIds = new Set<string>();
  for (const r of extraction.relations) {
    const subjectId = entityIn(r.subject, lookup, link, document.text);
    const objectId = entityIn(r.object, lookup, link, document.text);
    if (!subjectId || !objectId || subjectId === objectId) continue;
    const id = stableId('rel', document.id, r.type, subjectId, objectId, r.sentence.start);
    if (relationIds.has(id)) continue;
    relationIds.add(id);
    relations.push({ ...r, id, subjectId, objectId });
  }
  const roles: ResolvedRole[] = [];
  for (const r of extraction.roles) {
    const personId = entityIn(r.person, lookup, link, document.text);
    if (!personId) continue;
    const organizationId = r.affiliation ? table.add(r.affiliation, 'place') : null;
    roles.push({ personId, title: r.title, organizationId, evidence: { documentId: document.id, span: r.span } });
  }
  const resolvedMentions = mentions.filter((m) => link.has(m.id)).map((mention) => ({ mention, entityId: link.get(mention.id)! }));
  const doc: ResolvedDocument = { document, mentions: resolvedMentions, statements, relations, roles };
  return addCallPartyAddressees(doc, entities);
}

/**
 * Resolves a batch: one entity per real-world person, organization or place across its
 * documents and the `known` entities already stored (so their ids come back unchanged).
 */
export function resolveDocuments(inputs: readonly ResolveInput[], known: readonly Entity[]): ResolvedBatch {
  const table = new EntityTable(known);
  const names = inputs.flatMap((i) => i.extraction.mentions.filter((m) => m.kind === 'name'));
  const roles = inputs.flatMap((i) => i.extraction.roles);
  const linkName = nameLinker(names, roles, known, table);
  const lookups = inputs.map((input) => new SpanLookup(input.extraction.mentions));
  const links = inputs.map((input, i) => linkMentions(input, lookups[i]!, table, linkName));
  const entities = table.entityMap();
  const documents = inputs.map((input, i) => resolveDocument(input, lookups[i]!, table, entities, links[i]!));
  return { entities: table.entities(), documents };
}
