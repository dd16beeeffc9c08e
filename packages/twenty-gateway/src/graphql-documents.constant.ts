import {
  LOAD_CREDIT_CONTEXT_QUERY,
  LOAD_CREDIT_LINES_PAGE_QUERY,
} from './credit/credit-context.query';
import {
  SAVE_CONFLICTS_MUTATION,
  SAVE_LINES_AND_CONFLICTS_MUTATION,
  SAVE_LINES_MUTATION,
} from './credit/save-credit-changes.util';
import { FIND_OPPORTUNITY_IDS_QUERY } from './scope/find-opportunity-ids.util';
import { LOAD_ACCOUNT_COVERAGE_QUERY } from './scope/load-account-coverage.util';

/** Every GraphQL document the app sends, so tests can validate them against a workspace schema. */
export const GRAPHQL_DOCUMENTS: Readonly<Record<string, string>> = {
  LOAD_CREDIT_CONTEXT_QUERY,
  LOAD_CREDIT_LINES_PAGE_QUERY,
  SAVE_LINES_MUTATION,
  SAVE_LINES_AND_CONFLICTS_MUTATION,
  SAVE_CONFLICTS_MUTATION,
  FIND_OPPORTUNITY_IDS_QUERY,
  LOAD_ACCOUNT_COVERAGE_QUERY,
};
