import onCreditAllocationCreated from '../on-credit-allocation-created.function';
import onCreditAllocationDeleted from '../on-credit-allocation-deleted.function';
import onCreditAllocationUpdated from '../on-credit-allocation-updated.function';
import onAccountTeamMemberCreated from '../on-account-team-member-created.function';
import onAccountTeamMemberDeleted from '../on-account-team-member-deleted.function';
import onAccountTeamMemberRestored from '../on-account-team-member-restored.function';
import onAccountTeamMemberUpdated from '../on-account-team-member-updated.function';
import onCompanyCreated from '../on-company-created.function';
import onCompanyDeleted from '../on-company-deleted.function';
import onCompanyRestored from '../on-company-restored.function';
import onCompanyUpdated from '../on-company-updated.function';
import onGlobalAccountUpdated from '../on-global-account-updated.function';
import reconcileCreditLedger from '../reconcile-credit-ledger.function';
import onOpportunityCreated from '../on-opportunity-created.function';
import onOpportunityDeleted from '../on-opportunity-deleted.function';
import onOpportunityRestored from '../on-opportunity-restored.function';
import onOpportunityUpdated from '../on-opportunity-updated.function';

// Fields the app writes: no trigger may listen to them, or the app would trigger itself.
const APP_WRITTEN_FIELDS = [
  'amount.amountMicros',
  'reportingAmount',
  'status',
  'period',
  'reason',
  'entryKey',
  'name',
  'agreementStatus',
  'matchKey',
];
// On companies the app writes the radar's match keys and the membership date; a company's
// name is the user's (the app names only its own records), so the radar listens to it.
const COMPANY_APP_WRITTEN_FIELDS = [
  'agreementStatus',
  'matchKey',
  'matchBrandKey',
  'matchDomain',
  'matchRegistrationKey',
  'matchPhoneticKey',
  'matchPrefixKey',
];

describe('trigger settings (the loop guard)', () => {
  it.each([
    {
      fn: onOpportunityCreated,
      settings: { eventName: 'opportunity.created', batchMode: true },
    },
    {
      fn: onOpportunityUpdated,
      settings: {
        eventName: 'opportunity.updated',
        batchMode: true,
        // The credit step's fields, then what the agreement check and volume add.
        updatedFields: [
          'amount',
          'stage',
          'closeDate',
          'ownerId',
          'companyId',
          'bookingCountry',
          'shipToCountry',
          'frameworkAgreementId',
          'listAmount',
        ],
      },
    },
    {
      fn: onOpportunityDeleted,
      settings: { eventName: 'opportunity.deleted', batchMode: true },
    },
    {
      fn: onOpportunityRestored,
      settings: { eventName: 'opportunity.restored', batchMode: true },
    },
    {
      fn: onCreditAllocationCreated,
      settings: { eventName: 'creditAllocation.created', batchMode: true },
    },
    {
      fn: onCreditAllocationUpdated,
      settings: {
        eventName: 'creditAllocation.updated',
        batchMode: true,
        updatedFields: [
          'percent',
          'recipientId',
          'source',
          'creditType',
          'entryType',
          'opportunityId',
        ],
      },
    },
    {
      fn: onCreditAllocationDeleted,
      settings: { eventName: 'creditAllocation.deleted', batchMode: true },
    },
    {
      fn: onCompanyUpdated,
      settings: {
        eventName: 'company.updated',
        batchMode: true,
        // parentCompanyId: the hierarchy rules and the ultimate parent (issue 11).
        updatedFields: [
          'globalAccountId',
          'countryCode',
          'globalAccountSince',
          'name',
          'domainName',
          'registrationNumber',
          'parentCompanyId',
        ],
      },
    },
    {
      fn: onCompanyCreated,
      settings: { eventName: 'company.created', batchMode: true },
    },
    {
      fn: onCompanyDeleted,
      settings: { eventName: 'company.deleted', batchMode: true },
    },
    {
      fn: onCompanyRestored,
      settings: { eventName: 'company.restored', batchMode: true },
    },
    {
      fn: onAccountTeamMemberCreated,
      settings: { eventName: 'accountTeamMember.created', batchMode: true },
    },
    {
      fn: onAccountTeamMemberUpdated,
      settings: {
        eventName: 'accountTeamMember.updated',
        batchMode: true,
        updatedFields: [
          'globalAccountId',
          'workspaceMemberId',
          'role',
          'countryCode',
          'startDate',
          'endDate',
        ],
      },
    },
    {
      fn: onAccountTeamMemberDeleted,
      settings: { eventName: 'accountTeamMember.deleted', batchMode: true },
    },
    {
      fn: onAccountTeamMemberRestored,
      settings: { eventName: 'accountTeamMember.restored', batchMode: true },
    },
    {
      fn: onGlobalAccountUpdated,
      settings: {
        eventName: 'globalAccount.updated',
        batchMode: true,
        updatedFields: [
          'creditPolicy',
          'globalAccountManagerId',
          'reportingCurrency',
        ],
      },
    },
  ])('$settings.eventName listens exactly as pinned', ({ fn, settings }) => {
    expect(fn.success).toBe(true);
    expect(fn.config.databaseEventTriggerSettings).toEqual(settings);
    expect(
      fn.config.databaseEventTriggerSettings?.updatedFields ?? [],
    ).not.toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(
            `^(${(settings.eventName.startsWith('company.') ? COMPANY_APP_WRITTEN_FIELDS : APP_WRITTEN_FIELDS).join('|')})$`,
          ),
        ),
      ]),
    );
  });

  it('reconciles nightly at a fixed minute with a valid cron pattern', () => {
    expect(reconcileCreditLedger.config.cronTriggerSettings).toEqual({
      pattern: '17 2 * * *',
    });
  });
});
