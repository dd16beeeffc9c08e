import { DEFAULT_WON_STAGES } from '../credit-ledger/credit-ledger-input.type';
import {
  type GlobalAccountRollupInput,
  type OpportunityAmountGroup,
} from './global-account-rollup.type';
import { type FiscalYear } from './resolve-fiscal-year.util';

export type Split = {
  open: OpportunityAmountGroup[];
  wonThisYear: OpportunityAmountGroup[];
};

// Won deals count when their close month lies between the fiscal-year start and the current month.
export const splitOpportunityGroups = ({
  input,
  fiscalYear,
}: {
  input: GlobalAccountRollupInput;
  fiscalYear: FiscalYear;
}): Split => {
  const won = input.settings.wonStages ?? DEFAULT_WON_STAGES;
  const lost = input.settings.lostStages ?? [];
  const firstMonth = fiscalYear.startDate.slice(0, 7);
  const currentMonth = input.today.slice(0, 7);
  const split: Split = { open: [], wonThisYear: [] };
  for (const group of input.opportunityGroups) {
    const stage = group.stage ?? '';
    if (lost.includes(stage)) continue;
    if (!won.includes(stage)) split.open.push(group);
    else if (
      group.closeMonth !== null &&
      group.closeMonth >= firstMonth &&
      group.closeMonth <= currentMonth
    ) {
      split.wonThisYear.push(group);
    }
  }
  return split;
};
