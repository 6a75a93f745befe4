import { describe, expect, it } from 'vitest';
import type { Entity, ResolvedDocument } from '../../src/core/index.js';
import { addCallPartyAddressees } from '../../src/resolve/call-parties.js';
import { LAVROV, NK, sampleBatch, TRUMP, XI } from '../support/batch-fixture.js';

const entities = new Map<string, Entity>([XI, TRUMP, LAVROV, NK].map((e) => [e.id, e]));

function readout(): ResolvedDocument {
  return sampleBatch().documents[0]!;
}

describe('addCallPartyAddressees', () => {
  it('sends what one party of a call says to the other', () => {
    const doc = addCallPartyAddressees(readout(), entities);
    expect(doc.statements.map((s) => [s.speakerId, s.addresseeId])).toEqual([
      [XI.id, TRUMP.id],
      [TRUMP.id, XI.id],
    ]);
  });

  it('leaves documents without a two-party talk alone', () => {
    const doc = { ...readout(), relations: [] };
    expect(addCallPartyAddressees(doc, entities).statements[1]!.addresseeId).toBeNull();
  });

  it('leaves speakers who are not parties alone', () => {
    const doc = readout();
    doc.statements[1] = { ...doc.statements[1]!, speakerId: LAVROV.id };
    expect(addCallPartyAddressees(doc, entities).statements[1]!.addresseeId).toBeNull();
  });

  it('sends nothing to a party the words speak about ("Lindqvist said Brauner had promised ...")', () => {
    const doc = readout();
    doc.statements[1] = { ...doc.statements[1]!, aboutIds: [XI.id] };
    expect(addCallPartyAddressees(doc, entities).statements[1]!.addresseeId).toBeNull();
  });

  it('takes no talk a speaker quotes ("I spoke with Stefan this morning," she said) for a report of the call', () => {
    const doc = readout();
    const talk = doc.relations.find((r) => r.type === 'talked_with')!;
    doc.statements[0] = { ...doc.statements[0]!, kind: 'direct', content: [{ start: talk.cue.start - 1, end: talk.cue.end + 1 }] };
    doc.relations = doc.relations.filter((r) => r.type !== 'talked_with' || r === talk);
    expect(addCallPartyAddressees(doc, entities).statements[1]!.addresseeId).toBeNull();
  });

  it('does not guess when the talk is between a person and a country', () => {
    const doc = readout();
    doc.relations = doc.relations.map((r) => ({ ...r, objectId: NK.id }));
    expect(addCallPartyAddressees(doc, entities).statements[1]!.addresseeId).toBeNull();
  });
});
