// One statement as evidence: who to whom, the cue, the content, and where in which document it was read.
import type { ViewStatement } from '../model.js';
import { el } from './dom.js';
import { speakerLabel } from '../../core/speaker-label.js';

/** The sentence with the content's characters marked, when the content lies inside it. */
function markedSentence(s: ViewStatement): HTMLElement {
  const p = el('p', { class: 'sentence' });
  const from = s.span.start - s.sentenceSpan.start;
  const to = s.span.end - s.sentenceSpan.start;
  if (from < 0 || to > s.sentence.length || from >= to) {
    p.append(s.sentence);
    return p;
  }
  p.append(s.sentence.slice(0, from), el('mark', {}, s.sentence.slice(from, to)), s.sentence.slice(to));
  return p;
}

function parties(s: ViewStatement): HTMLElement {
  return el(
    'div',
    { class: 'parties' },
    el('span', { class: 'speaker' }, speakerLabel(s, 'unknown speaker')),
    s.addressee && el('span', { class: 'arrow' }, ' → '),
    s.addressee && el('span', { class: 'addressee' }, s.addressee.name),
    s.cue && el('span', { class: 'cue', title: 'the words that introduce the statement' }, s.cue),
  );
}

function source(s: ViewStatement): HTMLElement {
  const doc = s.document;
  const offsets = `chars ${s.span.start}–${s.span.end} · sentence ${s.sentenceSpan.start}–${s.sentenceSpan.end}`;
  return el(
    'footer',
    {},
    el('div', { class: 'doc-title' }, doc.title ?? '(untitled document)'),
    el(
      'div',
      { class: 'doc-meta' },
      doc.date && el('span', {}, doc.date),
      el('span', { class: `kind kind-${s.kind}` }, s.kind === 'direct' ? 'direct quote' : 'reported speech'),
      s.reportedBy.length > 0 && el('span', {}, `via ${s.reportedBy.map((r) => r.name).join(' › ')}`),
      el('span', { class: 'offsets', title: 'UTF-16 offsets into the document text, end exclusive' }, offsets),
      el('span', { class: 'doc-id', title: 'document id (kg statements --document ID)' }, doc.id),
    ),
  );
}

export function statementCard(s: ViewStatement): HTMLElement {
  return el(
    'article',
    { class: 'statement', data: { statementId: s.id } },
    parties(s),
    el('blockquote', { class: `content kind-${s.kind}` }, s.content),
    markedSentence(s),
    source(s),
  );
}
