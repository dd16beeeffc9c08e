import { toHealthCheckAnswer } from './to-health-check-answer.util';

const UNKNOWN = {
  status: 'UNKNOWN',
  title: null,
  description: null,
  action: null,
};

// As application-health-check.service.spec.ts (twentyhq/twenty) describes the answer.
describe('toHealthCheckAnswer', () => {
  it.each([
    ['a failed run', null, UNKNOWN],
    ['an unknown status', { status: 'NOPE', title: 't' }, UNKNOWN],
    ['a status without a title', { status: 'ERROR' }, UNKNOWN],
    ['a non-object', 'OK', UNKNOWN],
    ['OK', { status: 'OK', title: 'ignored' }, { ...UNKNOWN, status: 'OK' }],
    [
      'a titled warning',
      { status: 'WARNING', title: 'Expiring' },
      { status: 'WARNING', title: 'Expiring', description: null, action: null },
    ],
    [
      'everything reported',
      {
        status: 'ERROR',
        title: 'Your key was revoked',
        description: 'Generate a new one.',
        action: { label: 'Reconnect', location: '#variables' },
      },
      {
        status: 'ERROR',
        title: 'Your key was revoked',
        description: 'Generate a new one.',
        action: { label: 'Reconnect', location: '#variables' },
      },
    ],
    [
      'an action without location',
      { status: 'INFO', title: 'x', action: { label: 'Open' } },
      {
        status: 'INFO',
        title: 'x',
        description: null,
        action: { label: 'Open', location: null },
      },
    ],
  ])('%s', (_label, result, expected) => {
    expect(toHealthCheckAnswer(result)).toEqual(expected);
  });
});
