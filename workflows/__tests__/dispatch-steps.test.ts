import { RetryableLogicFunctionError } from 'twenty-sdk/logic-function';

import { COMPANY_UPDATED_STEPS } from '../dispatch/company-event-steps.constant';
import { type EventStep } from '../dispatch/event-step.type';
import {
  OPPORTUNITY_CREATED_STEPS,
  OPPORTUNITY_DELETED_STEPS,
  OPPORTUNITY_RESTORED_STEPS,
  OPPORTUNITY_UPDATED_STEPS,
} from '../dispatch/opportunity-event-steps.constant';
import { payloadForStep } from '../dispatch/payload-for-step.util';
import {
  dispatcherTimeoutSeconds,
  runEventSteps,
} from '../dispatch/run-event-steps.util';

// What the app writes on opportunities and companies: no step may watch it, or the app would
// start itself again.
const APP_WRITTEN_FIELDS = ['agreementStatus', 'matchKey', 'name'];

const RECORD_A = '9f0f8a52-3a4b-4c1e-9a51-6f1de8a0b001';
const RECORD_B = '9f0f8a52-3a4b-4c1e-9a51-6f1de8a0b002';

const updated = (recordId: string, updatedFields: string[]) => ({
  recordId,
  properties: { updatedFields },
});

const recordingStep = (
  name: string,
  updatedFields?: string[],
  outcome: () => Promise<unknown> = () => Promise.resolve({ outcome: 'done' }),
) => {
  const received: unknown[] = [];
  const step: EventStep = {
    name,
    updatedFields,
    run: async (payload) => {
      received.push(payload);
      return outcome();
    },
  };
  return { step, received };
};

describe('the dispatchers of opportunity and company events', () => {
  it.each([
    ['opportunity.created', OPPORTUNITY_CREATED_STEPS],
    ['opportunity.updated', OPPORTUNITY_UPDATED_STEPS],
    ['opportunity.deleted', OPPORTUNITY_DELETED_STEPS],
    ['opportunity.restored', OPPORTUNITY_RESTORED_STEPS],
    ['company.updated', COMPANY_UPDATED_STEPS],
  ])(
    '%s: named steps, none watching a field the app writes, within 900 s',
    (_, steps) => {
      expect(new Set(steps.map((step) => step.name)).size).toBe(steps.length);
      for (const step of steps)
        for (const field of APP_WRITTEN_FIELDS)
          expect(step.updatedFields ?? []).not.toContain(field);
      expect(dispatcherTimeoutSeconds(steps)).toBeLessThanOrEqual(900);
    },
  );

  it('pins the fields each opportunity step reads', () => {
    expect(
      Object.fromEntries(
        OPPORTUNITY_UPDATED_STEPS.map((step) => [
          step.name,
          step.updatedFields,
        ]),
      ),
    ).toEqual({
      credit: [
        'amount',
        'stage',
        'closeDate',
        'ownerId',
        'companyId',
        'bookingCountry',
        'shipToCountry',
      ],
      'agreement-check': [
        'stage',
        'amount',
        'closeDate',
        'frameworkAgreementId',
        'listAmount',
        'companyId',
        'bookingCountry',
        'shipToCountry',
        'ownerId',
      ],
      agreements: [
        'stage',
        'amount',
        'closeDate',
        'frameworkAgreementId',
        'companyId',
      ],
    });
  });
});

describe('payloadForStep', () => {
  const { step } = recordingStep('credit', ['amount']);

  it('keeps only the updated events where a watched field changed', () => {
    expect(
      payloadForStep(
        {
          name: 'opportunity.updated',
          events: [
            updated(RECORD_A, ['listAmount']),
            updated(RECORD_B, ['amount', 'name']),
          ],
        },
        step,
      ),
    ).toEqual({
      name: 'opportunity.updated',
      events: [updated(RECORD_B, ['amount', 'name'])],
    });
  });

  it('gives nothing when no event concerns the step', () => {
    expect(
      payloadForStep(
        { name: 'opportunity.updated', ...updated(RECORD_A, ['listAmount']) },
        step,
      ),
    ).toBeUndefined();
  });

  it('gives every event of other event kinds, and updates that do not say what changed', () => {
    const created = {
      name: 'opportunity.created',
      events: [{ recordId: RECORD_A }],
    };
    expect(payloadForStep(created, step)).toEqual(created);
    const silent = { name: 'opportunity.updated', recordId: RECORD_A };
    expect(payloadForStep(silent, step)).toBe(silent);
  });
});

describe('runEventSteps', () => {
  const payload = {
    name: 'opportunity.updated',
    events: [updated(RECORD_A, ['amount']), updated(RECORD_B, ['listAmount'])],
  };

  it('runs each step with its own events, in order, and skips a step no event concerns', async () => {
    const credit = recordingStep('credit', ['amount']);
    const check = recordingStep('agreement-check', ['listAmount']);
    const volume = recordingStep('agreements', ['closeDate']);

    const outcome = await runEventSteps(payload, [
      credit.step,
      check.step,
      volume.step,
    ]);

    expect(credit.received).toEqual([
      { ...payload, events: [updated(RECORD_A, ['amount'])] },
    ]);
    expect(check.received).toEqual([
      { ...payload, events: [updated(RECORD_B, ['listAmount'])] },
    ]);
    expect(volume.received).toEqual([]);
    expect(outcome).toEqual({
      outcome: 'dispatched',
      steps: {
        credit: { outcome: 'done' },
        'agreement-check': { outcome: 'done' },
        agreements: { outcome: 'ignored', message: 'no event for it' },
      },
    });
  });

  it('runs the other steps when one fails, then fails with a retryable failure first', async () => {
    const broken = recordingStep('credit', undefined, () =>
      Promise.reject(new Error('bad input')),
    );
    const busy = recordingStep('agreement-check', undefined, () =>
      Promise.reject(new RetryableLogicFunctionError('LIMIT_REACHED')),
    );
    const last = recordingStep('agreements');

    await expect(
      runEventSteps(payload, [broken.step, busy.step, last.step]),
    ).rejects.toBeInstanceOf(RetryableLogicFunctionError);
    expect(last.received).toHaveLength(1);
  });

  it('fails with the first failure when none is retryable', async () => {
    const broken = recordingStep('credit', undefined, () =>
      Promise.reject(new Error('first')),
    );
    const other = recordingStep('agreements', undefined, () =>
      Promise.reject(new Error('second')),
    );

    await expect(
      runEventSteps(payload, [broken.step, other.step]),
    ).rejects.toThrow('first');
  });

  it('reports a payload that is not a database event without running a step', async () => {
    const credit = recordingStep('credit');

    expect(await runEventSteps({ nonsense: true }, [credit.step])).toEqual({
      outcome: 'invalid-payload',
      message: 'the event payload is not a Twenty database event',
    });
    expect(credit.received).toEqual([]);
  });
});
