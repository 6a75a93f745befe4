// Reads PolNeAR's brat standoff: `T7<TAB>Content 292 543;560 600<TAB>text` spans tied into
// attributions by `E2<TAB>Attribution:T8 Content:T7 Cue:T6 Source:T5`.

/** Every attribution of one .ann file as character ranges per role, with every Cue range of the file. */
export function readAttributions(ann) {
  const spans = new Map();
  const events = [];
  const cues = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0] ?? '') && cols[1]) {
      const type = cols[1].slice(0, cols[1].indexOf(' '));
      const ranges = cols[1].slice(type.length + 1).split(';').map((r) => r.trim().split(/\s+/).map(Number));
      spans.set(cols[0], { type, ranges });
      if (type === 'Cue') cues.push(...ranges);
    } else if (/^E\d+$/.test(cols[0] ?? '') && cols[1]) {
      events.push(cols[1].trim().split(/\s+/).slice(1).map((x) => x.split(':')));
    }
  }
  const attributions = [];
  for (const roles of events) {
    const a = { source: [], cue: [], content: [] };
    for (const [role, ref] of roles) {
      const key = role.replace(/\d+$/, '').toLowerCase();
      if (key in a && spans.has(ref)) a[key].push(...spans.get(ref).ranges);
    }
    if (a.content.length || a.cue.length) attributions.push(a);
  }
  return { attributions, cues };
}
