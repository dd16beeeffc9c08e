import { useEffect, useState } from 'react';
import { defineFrontComponent } from 'twenty-sdk/define';
import { useRecordId } from 'twenty-sdk/front-component';

import { type CreditSplitExplanation } from '@global-accounts/domain';

import { EXPLAIN_CREDIT_SPLIT_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';
import { callAppRoute } from './shared/call-app-route.util';

type Answer = CreditSplitExplanation & {
  opportunity: { id: string; name: string | null };
};

const cellStyle = { padding: '2px 12px 2px 0', textAlign: 'left' } as const;

// The route of workflows/explain-credit-split.function.ts computes everything shown here.
const ExplainCreditSplit = () => {
  const opportunityId = useRecordId();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (opportunityId === null) return;
    callAppRoute<Answer>(
      `/opportunities/${encodeURIComponent(opportunityId)}/credit-split`,
      { method: 'GET' },
    )
      .then((result) =>
        typeof result === 'string' ? setProblem(result) : setAnswer(result),
      )
      .catch((error: unknown) =>
        setProblem(error instanceof Error ? error.message : String(error)),
      );
  }, [opportunityId]);
  if (opportunityId === null)
    return <p role="alert">Select one opportunity to explain its credit.</p>;
  if (problem !== null) return <p role="alert">{problem}</p>;
  if (answer === null) return <p>Reading the credit split…</p>;
  return (
    <div data-ready="true" style={{ padding: 16 }}>
      <strong>Credit split of {answer.opportunity.name ?? 'this deal'}</strong>
      {answer.lines.length === 0 ? (
        <p>No credit yet: the deal has no global account, or no amount.</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', fontSize: 13 }}>
          <thead>
            <tr>
              {[
                'Recipient',
                'Office',
                'Type',
                'Share',
                'Amount',
                'Status',
                'Entry',
                'Why',
              ].map((header) => (
                <th key={header} style={cellStyle}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {answer.lines.map((line, index) => (
              <tr key={index}>
                <td style={cellStyle}>{line.recipient}</td>
                <td style={cellStyle}>{line.countryCode ?? '—'}</td>
                <td style={cellStyle}>{line.creditType}</td>
                <td style={cellStyle}>{line.share}</td>
                <td style={cellStyle}>{line.amount ?? '—'}</td>
                <td style={cellStyle}>{line.status}</td>
                <td style={cellStyle}>{line.entryType}</td>
                <td style={cellStyle}>{line.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
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
