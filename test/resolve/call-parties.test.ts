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

  it('does not guess when the talk is between a person and a country', () => {
    const doc = readout();
    doc.relations = doc.relations.map((r) => ({ ...r, objectId: NK.id }));
    expect(addCallPartyAddressees(doc, entities).statements[1]!.addresseeId).toBeNull();
  });
});
