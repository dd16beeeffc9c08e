import { defineFrontComponent } from 'twenty-sdk/define';
import { useRecordId } from 'twenty-sdk/front-component';

import { type CreditSplitExplanation } from '@global-accounts/domain';

import { EXPLAIN_CREDIT_SPLIT_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';
import { CreditLinesTable } from './shared/credit-lines-table';
import { useAppRoute } from './shared/use-app-route.util';

type Answer = CreditSplitExplanation & {
  opportunity: { id: string; name: string | null };
};

// The route of workflows/explain-credit-split.function.ts computes everything shown here.
const ExplainCreditSplit = () => {
  const opportunityId = useRecordId();
  const { answer, problem } = useAppRoute<Answer>(
    opportunityId === null
      ? null
      : `/opportunities/${encodeURIComponent(opportunityId)}/credit-split`,
    { method: 'GET' },
  );
  if (opportunityId === null)
    return <p role="alert">Select one opportunity to explain its credit.</p>;
  if (problem !== null) return <p role="alert">{problem}</p>;
  if (answer === null) return <p>Reading the credit split…</p>;
  return (
    <div data-ready="true" style={{ padding: 16 }}>
      <strong>Credit split of {answer.opportunity.name ?? 'this deal'}</strong>
      <CreditLinesTable lines={answer.lines} />
      {answer.shares.map((share) => (
        <p key={share.creditType}>
          {share.creditType} shares add up to {share.total}
          {share.isWhole ? '.' : ': the split is not whole.'}
        </p>
      ))}
    </div>
  );
};

export default defineFrontComponent({
  universalIdentifier:
    EXPLAIN_CREDIT_SPLIT_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  name: 'explain-credit-split',
  description:
    "Why each credit line of a deal exists: recipient, office, share, amount and the policy's reason.",
  component: ExplainCreditSplit,
});
