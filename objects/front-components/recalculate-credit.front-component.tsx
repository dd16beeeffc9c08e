import { defineFrontComponent } from 'twenty-sdk/define';
import { useRecordId } from 'twenty-sdk/front-component';

import { RECALCULATE_CREDIT_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';
import { useAppRoute } from './shared/use-app-route.util';

type Answer = { message: string; linesWritten: number; refused: string[] };

// Runs workflows/recalculate-credit.function.ts once for the selected deal and says what it did.
const RecalculateCredit = () => {
  const opportunityId = useRecordId();
  const { answer, problem } = useAppRoute<Answer>(
    opportunityId === null
      ? null
      : `/opportunities/${encodeURIComponent(opportunityId)}/recalculate-credit`,
    { method: 'POST', body: {} },
  );
  if (opportunityId === null)
    return (
      <p role="alert">Select one opportunity to recalculate its credit.</p>
    );
  if (problem !== null) return <p role="alert">{problem}</p>;
  return answer === null ? (
    <p>Recalculating the credit…</p>
  ) : (
    <p role="status" data-ready="true" style={{ padding: 16 }}>
      {answer.message}
    </p>
  );
};

export default defineFrontComponent({
  universalIdentifier: RECALCULATE_CREDIT_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  name: 'recalculate-credit',
  description:
    "Recalculates the selected deal's credit now and says what changed.",
  component: RecalculateCredit,
});
