// A small resolved batch built by hand from a short article, for graph and store tests.
import type { Entity, NewsDocument, ResolvedBatch, Span } from '../../src/core/index.js';
import { stableId } from '../../src/core/index.js';

const TEXT_A = [
  'On March 9, 2018, President Xi Jinping held telephone talks with President Donald Trump of the United States.',
  'Xi Jinping told Trump that he hopes the US and the DPRK start talks as soon as possible.',
  'Donald Trump said contacts with North Korea have shown positive progress.',
].join('\n\n');

const TEXT_B = [
  'Xinhua reported that Xi told Trump by telephone that he hoped the United States and North Korea will start talks soon.',
  '"We do hope that this meeting is going to take place," Lavrov said. "Certainly, it is required."',
].join('\n\n');

/** The span of the `nth` occurrence (from 0) of `needle` in `text`. */
export function find(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not found ${nth + 1} times`);
  }
  return { start: at, end: at + needle.length };
}

function entity(type: Entity['type'], name: string, aliases: string[]): Entity {
  return { id: stableId('ent', type, name), name, type, aliases };
}

export const XI = entity('person', 'Xi Jinping', ['Xi']);
export const TRUMP = entity('person', 'Donald Trump', ['Trump']);
export const LAVROV = entity('person', 'Sergei Lavrov', ['Lavrov']);
export const US = entity('place', 'United States', ['US']);
export const NK = entity('place', 'North Korea', ['DPRK']);
export const XINHUA = entity('organization', 'Xinhua', []);

function doc(text: string, extra: Partial<NewsDocument>): NewsDocument {
  return { id: stableId('doc', text), text, origin: 'fixture', ...extra };
}

export const DOC_A = doc(TEXT_A, { title: 'Xi holds talks with Trump', date: '2018-03-09' });
export const DOC_B = doc(TEXT_B, { title: 'Xi reaches out to Trump', date: '2018-03-10', publisher: 'RTHK' });

function sentenceOf(text: string, span: Span): Span {
  const start = text.lastIndexOf('\n', span.start) + 1;
  const nl = text.indexOf('\n', span.end);
  return { start, end: nl < 0 ? text.length : nl };
}

/** Mentions of an entity at each match of each surface-form pattern in a document. */
function mentions(d: NewsDocument, e: Entity, forms: string[]) {
  const out = [];
  for (const form of forms) {
    for (const m of d.text.matchAll(new RegExp(`\\b${form}\\b`, 'g'))) {
      const span = { start: m.index, end: m.index + m[0].length };
      out.push({
        entityId: e.id,
        mention: { id: stableId('men', d.id, span.start, span.end), documentId: d.id, span, text: m[0], type: e.type, kind: 'name' as const },
      });
    }
  }
  return out;
}

function statement(
  d: NewsDocument,
  o: { source: string; cue: string; content: string[]; kind: 'direct' | 'indirect'; speaker: Entity; addressee?: Entity; reporters?: Entity[]; about?: Entity[] },
) {
  const content = o.content.map((c) => find(d.text, c));
  const first = content[0]!;
  const last = content[content.length - 1]!;
  // "Xi told" finds the right "Xi"; the source is the words before the cue.
  const found = find(d.text, o.source);
  const source = o.source.endsWith(` ${o.cue}`) ? { start: found.start, end: found.end - o.cue.length - 1 } : found;
  return {
    id: stableId('stm', d.id, first.start, last.end),
    documentId: d.id,
    source,
    cue: find(d.text, o.cue),
    content,
    kind: o.kind,
    addressee: o.addressee ? find(d.text, 'Trump', 0) : null,
    reporters: (o.reporters ?? []).map((r) => find(d.text, r.name)),
    sentence: { start: sentenceOf(d.text, source).start, end: sentenceOf(d.text, last).end },
    speakerId: o.speaker.id,
    addresseeId: o.addressee?.id ?? null,
    reporterIds: (o.reporters ?? []).map((r) => r.id),
    aboutIds: (o.about ?? []).map((a) => a.id),
  };
}

/** Two documents: a readout of the call and a report of it through Xinhua, with Lavrov's quote. */
export function sampleBatch(): ResolvedBatch {
  const talks = find(DOC_A.text, 'held telephone talks with');
  const sentence = sentenceOf(DOC_A.text, talks);
  return {
    entities: [XI, TRUMP, LAVROV, US, NK, XINHUA],
    documents: [
      {
        document: DOC_A,
        mentions: [
          ...mentions(DOC_A, XI, ['Xi Jinping']),
          ...mentions(DOC_A, TRUMP, ['Donald Trump', '(?<!Donald )Trump']),
          ...mentions(DOC_A, US, ['United States', 'US']),
          ...mentions(DOC_A, NK, ['DPRK', 'North Korea']),
        ],
        statements: [
          statement(DOC_A, {
            source: 'Xi Jinping told',
            cue: 'told',
            content: ['he hopes the US and the DPRK start talks as soon as possible'],
            kind: 'indirect',
            speaker: XI,
            addressee: TRUMP,
            about: [US, NK],
          }),
          statement(DOC_A, {
            source: 'Donald Trump said',
            cue: 'said',
            content: ['contacts with North Korea have shown positive progress'],
            kind: 'indirect',
            speaker: TRUMP,
            about: [NK],
          }),
        ],
        relations: [
          {
            id: stableId('rel', DOC_A.id, 'talked_with', XI.id, TRUMP.id, sentence.start),
            documentId: DOC_A.id,
            type: 'talked_with',
            subject: find(DOC_A.text, 'Xi Jinping'),
            object: find(DOC_A.text, 'Donald Trump'),
            cue: talks,
            sentence,
            date: '2018-03-09',
            subjectId: XI.id,
            objectId: TRUMP.id,
          },
        ],
        roles: [
          { personId: TRUMP.id, title: 'President', organizationId: US.id, evidence: { documentId: DOC_A.id, span: find(DOC_A.text, 'President Donald Trump of the United States') } },
          { personId: XI.id, title: 'President', organizationId: null, evidence: { documentId: DOC_A.id, span: find(DOC_A.text, 'President Xi Jinping') } },
        ],
      },
      {
        document: DOC_B,
        mentions: [
          ...mentions(DOC_B, XINHUA, ['Xinhua']),
          ...mentions(DOC_B, XI, ['Xi']),
          ...mentions(DOC_B, TRUMP, ['Trump']),
          ...mentions(DOC_B, LAVROV, ['Lavrov']),
        ],
        statements: [
          statement(DOC_B, {
            source: 'Xi told',
            cue: 'told',
            content: ['he hoped the United States and North Korea will start talks soon'],
            kind: 'indirect',
            speaker: XI,
            addressee: TRUMP,
            reporters: [XINHUA],
            about: [US, NK],
          }),
          statement(DOC_B, {
            source: 'Lavrov',
            cue: 'said',
            content: ['We do hope that this meeting is going to take place,', 'Certainly, it is required.'],
            kind: 'direct',
            speaker: LAVROV,
          }),
        ],
        relations: [],
        roles: [],
      },
    ],
  };
}
