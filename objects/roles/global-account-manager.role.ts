import { defineRole } from 'twenty-sdk/define';

import {
  CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
  MANAGER_ROLE_UNIVERSAL_IDENTIFIER,
  REBATE_SETTLEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

// Managers run the accounts: they edit global accounts, teams, credit policies,
// agreements and tiers, periods, plans and manual credit lines, and work the
// CRM like any member. They may soft delete credit lines: removing a deal's
// MANUAL lines takes it back to the policy (the credit split editor's "Back to
// the policy"); a POLICY line they delete is written again by the next
// recalculation. Conflicts are never deleted (a false one is dismissed), and
// nothing is destroyed.
export default defineRole({
  universalIdentifier: MANAGER_ROLE_UNIVERSAL_IDENTIFIER,
  label: 'Global account manager',
  description:
    'Edits global accounts, account teams, credit policies, framework agreements, credit periods, account plans and manual credit lines.',
  icon: 'IconUserStar',
  canReadAllObjectRecords: true,
  canUpdateAllObjectRecords: true,
  canSoftDeleteAllObjectRecords: true,
  canDestroyAllObjectRecords: false,
  canUpdateAllSettings: false,
  canAccessAllTools: false,
  canBeAssignedToUsers: true,
  canBeAssignedToAgents: false,
  canBeAssignedToApiKeys: true,
  objectPermissions: [
    {
      objectUniversalIdentifier: CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
      canReadObjectRecords: true,
      canUpdateObjectRecords: true,
      canSoftDeleteObjectRecords: true,
      canDestroyObjectRecords: false,
    },
    {
      objectUniversalIdentifier: CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
      canReadObjectRecords: true,
      canUpdateObjectRecords: true,
      canSoftDeleteObjectRecords: false,
      canDestroyObjectRecords: false,
    },
    // Settlements are computed by the app from the agreement's volume and
    // tiers, and a FINAL one never changes: managers read them only.
    {
      objectUniversalIdentifier: REBATE_SETTLEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
      canReadObjectRecords: true,
      canUpdateObjectRecords: false,
      canSoftDeleteObjectRecords: false,
      canDestroyObjectRecords: false,
    },
  ],
});
