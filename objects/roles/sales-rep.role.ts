import { defineRole } from 'twenty-sdk/define';

import {
  ACCOUNT_PLAN_OBJECT_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECTIVE_OBJECT_UNIVERSAL_IDENTIFIER,
  ACCOUNT_TEAM_MEMBER_OBJECT_UNIVERSAL_IDENTIFIER,
  CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
  CREDIT_PERIOD_OBJECT_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  GLOBAL_ACCOUNT_OBJECT_UNIVERSAL_IDENTIFIER,
  REBATE_SETTLEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  REBATE_TIER_OBJECT_UNIVERSAL_IDENTIFIER,
  REP_ROLE_UNIVERSAL_IDENTIFIER,
} from '../constants/universal-identifiers';

// Reps work their companies and opportunities as usual and read everything the
// app shows. They cannot change accounts, teams, policies, agreements, credit
// lines or periods; they can acknowledge conflicts and update the progress of
// plan objectives.
const READ_ONLY_OBJECTS = [
  GLOBAL_ACCOUNT_OBJECT_UNIVERSAL_IDENTIFIER,
  ACCOUNT_TEAM_MEMBER_OBJECT_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  REBATE_TIER_OBJECT_UNIVERSAL_IDENTIFIER,
  REBATE_SETTLEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  CREDIT_ALLOCATION_OBJECT_UNIVERSAL_IDENTIFIER,
  CREDIT_PERIOD_OBJECT_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECT_UNIVERSAL_IDENTIFIER,
];
const UPDATE_ONLY_OBJECTS = [
  CONFLICT_OBJECT_UNIVERSAL_IDENTIFIER,
  ACCOUNT_PLAN_OBJECTIVE_OBJECT_UNIVERSAL_IDENTIFIER,
];

export default defineRole({
  universalIdentifier: REP_ROLE_UNIVERSAL_IDENTIFIER,
  label: 'Global account rep',
  description:
    'Sells into global accounts: reads accounts, teams, agreements, credit lines and periods without changing them; acknowledges conflicts.',
  icon: 'IconUser',
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
    ...READ_ONLY_OBJECTS.map((objectUniversalIdentifier) => ({
      objectUniversalIdentifier,
      canReadObjectRecords: true,
      canUpdateObjectRecords: false,
      canSoftDeleteObjectRecords: false,
      canDestroyObjectRecords: false,
    })),
    ...UPDATE_ONLY_OBJECTS.map((objectUniversalIdentifier) => ({
      objectUniversalIdentifier,
      canReadObjectRecords: true,
      canUpdateObjectRecords: true,
      canSoftDeleteObjectRecords: false,
      canDestroyObjectRecords: false,
    })),
  ],
});
