import { type IsoDate } from '@global-accounts/domain';

import { type DatabaseEvent } from '../../shared/database-event-payload.schema';
import {
  findFamilyMoves,
  planMembershipDates,
} from '../plan-membership-dates.util';

const TODAY = '2026-10-02' as IsoDate;
const event = (
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  updatedFields: string[],
): DatabaseEvent => ({
  recordId: '00000000-0000-4000-8000-000000000001',
  properties: { before, after, updatedFields },
});
const company = (
  globalAccountId: string | null,
  globalAccountSince: string | null,
) => ({
  id: '00000000-0000-4000-8000-000000000001',
  globalAccountId,
  countryCode: 'PL',
  globalAccountSince,
});

describe('company.globalAccountSince', () => {
  it.each([
    {
      title: 'a company that joins a family is dated today',
      move: event({ globalAccountId: null }, { globalAccountId: 'ga' }, [
        'globalAccountId',
      ]),
      current: company('ga', null),
      expected: [TODAY],
    },
    {
      title: 'a move between families is dated on the day of the change',
      move: event(
        { globalAccountId: 'old', globalAccountSince: '2024-01-01' },
        {
          globalAccountId: 'ga',
          globalAccountSince: '2024-01-01',
          updatedAt: '2026-09-30T10:00:00Z',
        },
        ['globalAccountId'],
      ),
      current: company('ga', '2024-01-01'),
      expected: ['2026-09-30'],
    },
    {
      title: 'a manager who sets the date with the move keeps it',
      move: event(
        { globalAccountId: null, globalAccountSince: null },
        { globalAccountId: 'ga', globalAccountSince: '2026-01-01' },
        ['globalAccountId', 'globalAccountSince'],
      ),
      current: company('ga', '2026-01-01'),
      expected: [],
    },
    {
      title:
        'a manager correction made after the move is kept (late or replayed event)',
      move: event({ globalAccountId: null }, { globalAccountId: 'ga' }, [
        'globalAccountId',
      ]),
      current: company('ga', '2026-07-01'),
      expected: [],
    },
    {
      title: 'the app does not write twice (redelivery after its own write)',
      move: event(
        { globalAccountId: null },
        { globalAccountId: 'ga', globalAccountSince: null },
        ['globalAccountId'],
      ),
      current: company('ga', TODAY),
      expected: [],
    },
    {
      title: 'a company that has moved on since the event is left alone',
      move: event({ globalAccountId: null }, { globalAccountId: 'ga' }, [
        'globalAccountId',
      ]),
      current: company('other', null),
      expected: [],
    },
    {
      title: 'leaving a family writes nothing',
      move: event({ globalAccountId: 'ga' }, { globalAccountId: null }, [
        'globalAccountId',
      ]),
      current: company(null, null),
      expected: [],
    },
    {
      title: 'a country change writes nothing',
      move: event(
        { globalAccountId: 'ga', countryCode: 'DE' },
        { globalAccountId: 'ga', countryCode: 'PL' },
        ['countryCode'],
      ),
      current: company('ga', null),
      expected: [],
    },
  ])('$title', ({ move, current, expected }) => {
    const moves = findFamilyMoves([move]);
    expect(
      planMembershipDates({ moves, current: [current], today: TODAY }).map(
        (date) => date.since,
      ),
    ).toEqual(expected);
  });
});
