// The verbs of interaction between actors, and how each takes its object.

/** One verb of interaction. */
export interface RelationVerb {
  /** The relation it states: a fixed, lower-case verb phrase; empty when it states one only as a plan. */
  type: string;
  /** Words that must stand between the verb and its object ("called on", "talked with"). */
  particles?: readonly string[];
  /** Words that may stand there ("met with Putin" and "met Putin"). */
  optional?: readonly string[];
  /** "criticized Obama's policy" is aimed at Obama; "visited Trump's tower" is no visit to Trump. */
  possessive?: boolean;
  /** The type when the act is still to come ("will visit", "is to meet"). */
  future?: string;
}

// [type, forms, options]
const TABLE: [string, string, Omit<RelationVerb, 'type'>?][] = [
  ['told', 'tell tells told telling', {}],
  ['asked', 'ask asks asked asking', {}],
  ['urged', 'urge urges urged urging', {}],
  ['warned', 'warn warns warned warning', {}],
  ['called_on', 'call calls called calling', { particles: ['on', 'upon'] }],
  ['talked_with', 'talk talks talked talking speak speaks spoke speaking spoken', { particles: ['with', 'to'] }],
  ['met', 'meet meets met meeting', { optional: ['with'], future: 'will_meet' }],
  ['visited', 'visit visits visited visiting', { future: 'will_visit' }],
  ['visited', 'travelled traveled went headed', { particles: ['to'] }],
  // "will head to China": a plan; "make her go to Illinois", "they go to Iowa" state none.
  ['', 'head travel go', { particles: ['to'], future: 'will_visit' }],
  ['congratulated', 'congratulate congratulates congratulated congratulating', { possessive: true }],
  ['thanked', 'thank thanks thanked thanking', { possessive: true }],
  ['praised', 'praise praises praised praising hail hails hailed hailing commend commends commended commending', { possessive: true }],
  ['endorsed', 'endorse endorses endorsed endorsing', { possessive: true }],
  ['supported', 'support supports supported supporting back backs backed backing', { possessive: true }],
  ['opposed', 'oppose opposes opposed opposing', { possessive: true }],
  ['criticized', 'criticize criticizes criticized criticizing criticise criticises criticised criticising condemn condemns condemned condemning denounce denounces denounced denouncing rebuke rebukes rebuked rebuking', { possessive: true }],
  ['attacked', 'attack attacks attacked attacking slam slams slammed slamming blast blasts blasted blasting assail assails assailed assailing lambaste lambastes lambasted lambasting', { possessive: true }],
  ['mocked', 'mock mocks mocked mocking ridicule ridicules ridiculed ridiculing', { possessive: true }],
  ['accused', 'accuse accuses accused accusing', {}],
  ['blamed', 'blame blames blamed blaming', {}],
  ['defended', 'defend defends defended defending', { possessive: true }],
  ['challenged', 'challenge challenges challenged challenging', {}],
  ['invited', 'invite invites invited inviting', {}],
  ['welcomed', 'welcome welcomes welcomed welcoming', {}],
  ['interviewed', 'interview interviews interviewed interviewing', {}],
  ['sued', 'sue sues sued suing', {}],
  ['defeated', 'defeat defeats defeated defeating beat beats beating', {}],
  ['debated', 'debate debates debated debating', {}],
  ['nominated', 'nominate nominates nominated nominating', {}],
  ['appointed', 'appoint appoints appointed appointing', {}],
  ['fired', 'fire fires fired firing', {}],
  ['hired', 'hire hires hired hiring', {}],
  ['apologized_to', 'apologize apologizes apologized apologizing apologise apologised', { particles: ['to'] }],
];

const BY_FORM = new Map<string, RelationVerb[]>();
for (const [type, forms, options] of TABLE) {
  for (const form of forms.split(' ')) BY_FORM.set(form, [...(BY_FORM.get(form) ?? []), { type, ...options }]);
}

/** The types verbs state, done or planned. */
export function verbRelationTypes(): string[] {
  return TABLE.flatMap(([type, , options]) => [type, options?.future ?? '']).filter((t) => t !== '');
}

/** The relations a word may state, by its lower-case form. */
export function relationVerbs(form: string): readonly RelationVerb[] {
  return BY_FORM.get(form) ?? [];
}
