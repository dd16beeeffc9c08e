import { defineRole } from 'twenty-sdk/define';

import {
  CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
  MANAGER_ROLE_UNIVERSAL_IDENTIFIER,
  REBATE_SETTLEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

// Managers run the accounts: they edit global accounts, teams, credit policies,
// agreements and tiers, periods, plans and manual credit lines, and work the
// CRM like any member. Credit lines and conflicts are never deleted (a wrong
// line is corrected by an adjustment, a false conflict is dismissed).
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
    CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
    CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
  ]
    .map((objectUniversalIdentifier) => ({
      objectUniversalIdentifier,
      canReadObjectRecords: true,
      canUpdateObjectRecords: true,
      canSoftDeleteObjectRecords: false,
      canDestroyObjectRecords: false,
    }))
    .concat([
      // Settlements are computed by the app from the agreement's volume and
      // tiers, and a FINAL one never changes: managers read them only.
      {
        objectUniversalIdentifier:
          REBATE_SETTLEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
        canReadObjectRecords: true,
        canUpdateObjectRecords: false,
        canSoftDeleteObjectRecords: false,
        canDestroyObjectRecords: false,
      },
    ]),
});
