// Reporting chains: "Xinhua reported that Xi told Trump that ..." is Xi's statement, relayed by Xinhua.
import { SpanLookup } from '../../core/index.js';
import { reportsSpeech } from './cue-words.js';
import type { Draft } from './draft.js';
import type { StatementContext } from './context.js';

const REPORTING_CUE = /^(?:reported|reports|reporting|quoted|quotes|cited|according to|added|adds|wrote|writes|said|says)$/i;
// Relaying sources: news outlets and their reports rather than the people quoted in them.
const MEDIA = /\b(?:agency|agencies|newspaper|paper|network|channel|outlet|media|report|reports|broadcaster|radio|television|tv|times|post|journal|news|press|wire|xinhua|reuters|afp|ap|kcna|yonhap|tass|ria)\b/i;

/**
 * Folds an outer statement whose content opens with another statement into that inner one,
 * which gains the outer source as its reporter. Returns the drafts that remain.
 */
export function foldChains(ctx: StatementContext, drafts: Draft[]): Draft[] {
  const dropped = new Set<Draft>();
  // The drafts with a cue by where it lies: each outer statement looks only at the cues inside its content.
  const cued = drafts.flatMap((d) => (d.cue ? [{ span: d.cue, draft: d }] : []));
  const cues = new SpanLookup(cued);
  for (const outer of drafts) {
    if (!outer.source || !outer.cue || outer.content.length !== 1) continue;
    const cue = ctx.text.slice(outer.cue.start, outer.cue.end).replace(/^(?:has|have|had|also)\s+/i, '');
    const relaying = /^(?:reported|reports|reporting|quoted|quotes|cited|according to)$/i.test(cue);
    // "Workers would see a raise, according to a fact sheet": the claim is the sheet's, whole; the
    // workers said nothing. Only a news outlet relays what someone did ("discussed", "reported").
    // ("Stephen Moore, a former member of the Wall Street Journal editorial board, said": the head names the source, not its description.)
    const head = ctx.text.slice(outer.source.start, outer.source.end).split(/,|\s\((?=\p{L})|\s+(?:who|whose|which)\s/u)[0]!;
    const outlet = MEDIA.test(head);
    if (!REPORTING_CUE.test(cue) || (!relaying && !outlet)) continue;
    const body = outer.content[0]!;
    for (const inner of cues.within(body).map((k) => cued[k]!.draft)) {
      if (inner === outer || !inner.source || !inner.cue) continue;
      if (!outlet && !reportsSpeech(ctx.text.slice(inner.cue.start, inner.cue.end))) continue;
      // The inner source must open the outer content: "that Xi told", "that that Xi also told".
      if (!/^(?:\s*that\b)*\s*$/i.test(ctx.text.slice(body.start, inner.source.start))) continue;
      inner.reporters = [...inner.reporters, outer.source, ...outer.reporters];
      dropped.add(outer);
      break;
    }
  }
  return drafts.filter((d) => !dropped.has(d));
}
