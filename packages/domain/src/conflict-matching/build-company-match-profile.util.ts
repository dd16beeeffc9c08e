import { type CompanyId, type GlobalAccountId } from '../shared/ids.type';
import {
  buildCompanyMatchKeys,
  type CompanyMatchInput,
  type CompanyMatchIssue,
} from './build-company-match-keys.util';
import { type CompanyMatchProfile } from './company-match.type';

/** A company as the matcher sees it, from the record's raw fields. */
export const buildCompanyMatchProfile = (
  input: CompanyMatchInput & {
    companyId: CompanyId;
    globalAccountId: GlobalAccountId | null;
  },
): { profile: CompanyMatchProfile; issues: CompanyMatchIssue[] } => {
  const built = buildCompanyMatchKeys(input);
  const country = (input.countryCode ?? '').trim().toUpperCase();
  return {
    profile: {
      companyId: input.companyId,
      countryCode: /^[A-Z]{2}$/.test(country) ? country : null,
      globalAccountId: input.globalAccountId,
      keys: built.keys,
      brandTokens: built.brandTokens,
    },
    issues: built.issues,
  };
};
