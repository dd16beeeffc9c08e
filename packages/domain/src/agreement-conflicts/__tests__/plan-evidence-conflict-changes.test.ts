import fc from 'fast-check';

import { type OpportunityId } from '../../shared/ids.type';
import {
  buildDealCheckRefusal,
  dealCheckRefusalKey,
} from '../build-deal-check-refusal.util';
import {
  planEvidenceConflictChanges,
  type EvidenceConflict,
  type StoredEvidenceConflict,
} from '../plan-evidence-conflict-changes.util';

const conflict = (
  key: string,
  evidence = 'e1',
  summary = 'text',
): EvidenceConflict => ({
  kind: 'OFF_AGREEMENT',
  severity: 'WARNING',
  dedupeKey: key,
  globalAccountId: 'ga' as never,
  opportunityId: 'opp' as never,
  companyId: null,
  frameworkAgreementId: null,
  assigneeId: null,
  countries: [],
  summary,
  details: {},
  evidenceHash: evidence,
});

const stored = (
  key: string,
  status: string,
  evidence = 'e1',
  summary = 'text',
): StoredEvidenceConflict => ({
  id: `id-${key}`,
  dedupeKey: key,
  status,
  summary,
  evidenceHash: evidence,
});

describe('planEvidenceConflictChanges', () => {
  it.each([
    ['nothing stored', [], 'create'],
    ['OPEN, same evidence', [stored('k', 'OPEN')], undefined],
    ['ACKNOWLEDGED, same evidence', [stored('k', 'ACKNOWLEDGED')], undefined],
    ['OPEN, new evidence', [stored('k', 'OPEN', 'e0')], 'refresh'],
    ['OPEN, new summary', [stored('k', 'OPEN', 'e1', 'old')], 'refresh'],
    ['RESOLVED', [stored('k', 'RESOLVED')], 'reopen'],
    ['DISMISSED, same evidence', [stored('k', 'DISMISSED')], undefined],
    [
      'DISMISSED, same evidence, new text',
      [stored('k', 'DISMISSED', 'e1', 'old')],
      undefined,
    ],
    ['DISMISSED, new evidence', [stored('k', 'DISMISSED', 'e0')], 'reopen'],
  ] as const)('raising over %s: %s', (_case, existing, expected) => {
    const changes = planEvidenceConflictChanges({
      raised: [conflict('k')],
      resolvedKeys: [],
      stored: existing,
    });
    expect(changes.map((change) => change.kind)).toEqual(
      expected === undefined ? [] : [expected],
    );
  });

  it.each([
    ['OPEN', ['resolve']],
    ['ACKNOWLEDGED', ['resolve']],
    ['RESOLVED', []],
    ['DISMISSED', []],
  ] as const)('resolving a %s conflict: %j', (status, expected) => {
    const changes = planEvidenceConflictChanges({
      raised: [],
      resolvedKeys: ['k', 'k', 'unknown'],
      stored: [stored('k', status)],
    });
    expect(changes.map((change) => change.kind)).toEqual(expected);
  });

  it('never resolves a key that is raised again', () => {
    expect(
      planEvidenceConflictChanges({
        raised: [conflict('k')],
        resolvedKeys: ['k'],
        stored: [stored('k', 'OPEN')],
      }),
    ).toEqual([]);
  });

  it('keeps the refusal of the agreement check apart from the credit refusal', () => {
    const refusal = buildDealCheckRefusal({
      opportunityId: 'o1' as OpportunityId,
      globalAccountId: 'ga' as never,
      companyId: null,
      assigneeId: null,
      reason: 'listAmount is negative',
    });
    expect(refusal.dedupeKey).toBe(dealCheckRefusalKey('o1' as OpportunityId));
    expect(refusal.dedupeKey).not.toBe('INVALID_INPUT:o1');
    expect(refusal.summary).toContain('listAmount is negative');
  });

  // Applying a plan and planning again with the same facts writes nothing: replays are free.
  it('is idempotent: a plan applied to the store plans nothing more', () => {
    const statusArb = fc.constantFrom(
      'OPEN',
      'ACKNOWLEDGED',
      'RESOLVED',
      'DISMISSED',
    );
    const keyArb = fc.constantFrom('a', 'b', 'c', 'd');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(keyArb, fc.constantFrom('e1', 'e2')), {
          maxLength: 4,
        }),
        fc.array(keyArb, { maxLength: 4 }),
        fc.uniqueArray(
          fc.tuple(keyArb, statusArb, fc.constantFrom('e1', 'e2')),
          {
            selector: ([key]) => key,
            maxLength: 4,
          },
        ),
        (raisedPairs, resolvedKeys, storedTriples) => {
          const raised = raisedPairs.map(([key, evidence]) =>
            conflict(key, evidence),
          );
          let store = storedTriples.map(([key, status, evidence]) =>
            stored(key, status, evidence),
          );
          const apply = () => {
            for (const change of planEvidenceConflictChanges({
              raised,
              resolvedKeys,
              stored: store,
            })) {
              if (change.kind === 'resolve') {
                store = store.map((entry) =>
                  entry.id === change.id
                    ? { ...entry, status: 'RESOLVED' }
                    : entry,
                );
                continue;
              }
              const written = {
                id:
                  change.kind === 'create'
                    ? `id-${change.conflict.dedupeKey}`
                    : change.id,
                dedupeKey: change.conflict.dedupeKey,
                status:
                  change.kind === 'refresh'
                    ? (store.find((entry) => entry.id === change.id)?.status ??
                      null)
                    : 'OPEN',
                summary: change.conflict.summary,
                evidenceHash: change.conflict.evidenceHash,
              };
              store = [
                ...store.filter((entry) => entry.id !== written.id),
                written,
              ];
            }
          };
          apply();
          expect(
            planEvidenceConflictChanges({
              raised,
              resolvedKeys,
              stored: store,
            }),
          ).toEqual([]);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
