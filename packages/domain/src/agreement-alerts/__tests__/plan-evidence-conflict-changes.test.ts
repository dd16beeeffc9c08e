import { type EvidenceConflict } from '../evidence-conflict.type';
import { planEvidenceConflictChanges } from '../plan-evidence-conflict-changes.util';

const conflict = (evidenceHash: string, summary = 's'): EvidenceConflict => ({
  kind: 'TIER_LEAKAGE',
  severity: 'WARNING',
  dedupeKey: 'k',
  globalAccountId: 'ga' as never,
  opportunityId: null,
  companyId: null,
  frameworkAgreementId: 'fa' as never,
  assigneeId: null,
  countries: [],
  summary,
  details: {},
  evidenceHash,
});

const stored = (status: string, evidenceHash: string | null, summary = 's') => [
  { id: 'c1', dedupeKey: 'k', status, summary, evidenceHash },
];

describe('planEvidenceConflictChanges', () => {
  it.each([
    {
      title: 'creates a new conflict',
      stored: [],
      raised: 'h1',
      expected: ['create'],
    },
    {
      title: 'leaves an open one with the same evidence',
      stored: stored('OPEN', 'h1'),
      raised: 'h1',
      expected: [],
    },
    {
      title: 'refreshes an open one whose evidence changed',
      stored: stored('OPEN', 'h0'),
      raised: 'h1',
      expected: ['refresh'],
    },
    {
      title: 'refreshes an acknowledged one whose text changed',
      stored: stored('ACKNOWLEDGED', 'h1', 'old'),
      raised: 'h1',
      expected: ['refresh'],
    },
    {
      title: 'keeps a dismissed one dismissed while the evidence is the same',
      stored: stored('DISMISSED', 'h1'),
      raised: 'h1',
      expected: [],
    },
    {
      title: 'keeps a dismissed one dismissed even when only the text changed',
      stored: stored('DISMISSED', 'h1', 'old'),
      raised: 'h1',
      expected: [],
    },
    {
      title: 'raises a dismissed one again when the evidence changed',
      stored: stored('DISMISSED', 'h0'),
      raised: 'h1',
      expected: ['reopen'],
    },
    {
      title: 'reopens a resolved one',
      stored: stored('RESOLVED', 'h1'),
      raised: 'h1',
      expected: ['reopen'],
    },
  ])('$title', ({ stored: storedConflicts, raised, expected }) => {
    const changes = planEvidenceConflictChanges({
      raised: [conflict(raised), conflict(raised)],
      resolvedKeys: [],
      stored: storedConflicts,
    });
    expect(changes.map((change) => change.kind)).toEqual(expected);
  });

  it.each([
    { status: 'OPEN', expected: ['resolve'] },
    { status: 'ACKNOWLEDGED', expected: ['resolve'] },
    { status: 'DISMISSED', expected: [] },
    { status: 'RESOLVED', expected: [] },
  ])(
    'resolves a $status conflict whose situation ended: $expected',
    ({ status, expected }) => {
      const changes = planEvidenceConflictChanges({
        raised: [],
        resolvedKeys: ['k', 'k'],
        stored: stored(status, 'h1'),
      });
      expect(changes.map((change) => change.kind)).toEqual(expected);
    },
  );

  it('never resolves a key raised in the same run', () => {
    const changes = planEvidenceConflictChanges({
      raised: [conflict('h1')],
      resolvedKeys: ['k'],
      stored: stored('OPEN', 'h1'),
    });
    expect(changes).toEqual([]);
  });
});
