import { formatConflictReport } from '../conflict-report.util';

describe('formatConflictReport', () => {
  it('groups the open conflicts by kind in the data model order, with sentence and assignee', () => {
    expect(
      formatConflictReport([
        {
          kind: 'UNCOVERED_COUNTRY',
          severity: 'WARNING',
          status: 'OPEN',
          summary: 'US has no local account manager.',
          assignee: 'Astrid Lind',
        },
        {
          kind: 'DUPLICATE_COMPANY',
          severity: 'INFO',
          status: 'ACKNOWLEDGED',
          summary: 'Nordlis Polska may be the same company as …',
          assignee: 'Ewa Nowak',
        },
        {
          kind: 'SOMETHING_NEW',
          severity: null,
          status: 'OPEN',
          summary: null,
          assignee: 'nobody',
        },
      ]),
    ).toBe(
      [
        'Open conflicts by kind (3)',
        '',
        '  DUPLICATE_COMPANY (1)',
        '    [INFO, acknowledged] Nordlis Polska may be the same company as … → Ewa Nowak',
        '',
        '  UNCOVERED_COUNTRY (1)',
        '    [WARNING] US has no local account manager. → Astrid Lind',
        '',
        '  SOMETHING_NEW (1)',
        '    [?] (no summary) → nobody',
      ].join('\n'),
    );
  });
});
