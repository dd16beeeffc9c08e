import onAgreementCreated from '../check-deal-compliance-on-framework-agreement-created.function';
import onAgreementDeleted from '../check-deal-compliance-on-framework-agreement-deleted.function';
import onAgreementRestored from '../check-deal-compliance-on-framework-agreement-restored.function';
import onAgreementUpdated from '../check-deal-compliance-on-framework-agreement-updated.function';

// What the app writes on the records these functions listen to: none may start them.
// (The checks on opportunity and company events are steps of their dispatchers: dispatch-steps.test.ts.)
const APP_WRITTEN_FIELDS: Record<string, string[]> = {
  frameworkAgreement: [
    'volumeToDate',
    'rebateToDate',
    'currentRebatePercent',
    'nextTierThreshold',
    'gapToNextTier',
    'offAgreementVolume',
  ],
};

describe('agreement check trigger settings (the loop guard)', () => {
  it.each([
    {
      fn: onAgreementCreated,
      settings: { eventName: 'frameworkAgreement.created', batchMode: true },
    },
    {
      fn: onAgreementUpdated,
      settings: {
        eventName: 'frameworkAgreement.updated',
        batchMode: true,
        updatedFields: [
          'status',
          'startDate',
          'endDate',
          'coveredCountries',
          'agreedDiscountPercent',
          'priority',
          'globalAccountId',
          'name',
        ],
      },
    },
    {
      fn: onAgreementDeleted,
      settings: { eventName: 'frameworkAgreement.deleted', batchMode: true },
    },
    {
      fn: onAgreementRestored,
      settings: { eventName: 'frameworkAgreement.restored', batchMode: true },
    },
  ])('$settings.eventName listens exactly as pinned', ({ fn, settings }) => {
    expect(fn.success).toBe(true);
    expect(fn.config.databaseEventTriggerSettings).toEqual(settings);
    const object = settings.eventName.split('.')[0] ?? '';
    const listened =
      fn.config.databaseEventTriggerSettings?.updatedFields ?? [];
    for (const field of APP_WRITTEN_FIELDS[object] ?? [])
      expect(listened).not.toContain(field);
  });
});
