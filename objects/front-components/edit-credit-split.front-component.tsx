import { useMemo, useState } from 'react';
import { defineFrontComponent } from 'twenty-sdk/define';
import { useRecordId } from 'twenty-sdk/front-component';

import {
  draftFromSplit,
  hasSplitWrites,
  planBackToPolicy,
  planManualSplit,
  type CreditSplitExplanation,
  type EditableSplitLine,
  type ManualSplitWrites,
  type SplitDraftRow,
} from '@global-accounts/domain';
import { type SplitCandidate } from '@global-accounts/twenty-gateway';
// The module alone: the gateway's index would bring zod and every query into the bundle.
import { manualSplitMutation } from '@global-accounts/twenty-gateway/src/credit/manual-split-mutation.util';

import { EDIT_CREDIT_SPLIT_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';
import { callAppRoute } from './shared/call-app-route.util';
import { callWorkspaceApi } from './shared/call-workspace-api.util';
import { CreditLinesTable } from './shared/credit-lines-table';
import { useAppRoute } from './shared/use-app-route.util';

type Answer = CreditSplitExplanation & {
  opportunity: { id: string; name: string | null };
  editor: {
    globalAccountId: string | null;
    revenueSplit: (EditableSplitLine & { recipientName: string | null })[];
    candidates: SplitCandidate[];
  };
};

const splitPath = (opportunityId: string, version: number) =>
  `/opportunities/${encodeURIComponent(opportunityId)}/credit-split?v=${version}`;

// Saves in one request as the viewer (Twenty checks the role), then has the app bring the
// deal's ledger in line at once rather than wait for the events.
const save = async (
  deal: { opportunityId: string; globalAccountId: string },
  writes: ManualSplitWrites,
): Promise<string> => {
  const refused = await callWorkspaceApi(manualSplitMutation(deal, writes));
  if (refused !== null) return refused;
  const recalculated = await callAppRoute<{ message: string }>(
    `/opportunities/${encodeURIComponent(deal.opportunityId)}/recalculate-credit`,
    { method: 'POST', body: {} },
  );
  return typeof recalculated === 'string'
    ? recalculated
    : `Saved. ${recalculated.message}`;
};

const SplitEditor = ({
  deal,
  editor: { revenueSplit, candidates },
  isManual,
  onSaved,
}: {
  deal: { opportunityId: string; globalAccountId: string };
  editor: Answer['editor'];
  isManual: boolean;
  onSaved: (message: string) => void;
}) => {
  const [draft, setDraft] = useState<SplitDraftRow[]>(() =>
    draftFromSplit(revenueSplit),
  );
  const [saving, setSaving] = useState(false);
  const plan = useMemo(
    () => planManualSplit(revenueSplit, draft),
    [revenueSplit, draft],
  );
  const people = useMemo(() => {
    const named = new Map(
      candidates.map((person) => [person.workspaceMemberId, person.name]),
    );
    for (const line of revenueSplit)
      if (!named.has(line.recipientId))
        named.set(line.recipientId, line.recipientName ?? 'Current recipient');
    return [...named];
  }, [candidates, revenueSplit]);
  const changeRow = (index: number, change: Partial<SplitDraftRow>) =>
    setDraft((rows) =>
      rows.map((row, at) => (at === index ? { ...row, ...change } : row)),
    );
  const write = (writes: ManualSplitWrites) => {
    setSaving(true);
    save(deal, writes)
      .then(onSaved)
      .catch((error: unknown) =>
        onSaved(error instanceof Error ? error.message : String(error)),
      )
      .finally(() => setSaving(false));
  };

  return (
    <form
      aria-label="Manual revenue split"
      onSubmit={(event) => {
        event.preventDefault();
        if (plan.writes !== null) write(plan.writes);
      }}
    >
      {draft.map((row, index) => (
        <div
          key={index}
          data-split-row={index}
          style={{ display: 'flex', gap: 8, margin: '4px 0' }}
        >
          <select
            aria-label={`Person ${index + 1}`}
            value={row.recipientId ?? ''}
            onChange={(event) =>
              changeRow(index, {
                recipientId:
                  event.target.value === '' ? null : event.target.value,
              })
            }
          >
            <option value="">Choose a person…</option>
            {people.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
          <input
            aria-label={`Share ${index + 1}`}
            inputMode="decimal"
            value={row.share}
            onChange={(event) =>
              changeRow(index, { share: event.target.value })
            }
            style={{ width: 72 }}
          />
          <span>%</span>
          <button
            type="button"
            onClick={() =>
              setDraft((rows) => rows.filter((_, at) => at !== index))
            }
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() =>
          setDraft((rows) => [...rows, { recipientId: null, share: '' }])
        }
      >
        Add a person
      </button>
      <p data-split-total={plan.total}>
        Total {plan.total}
        {plan.isWhole ? ' ✓' : ''}
      </p>
      <ul
        data-split-problems="true"
        aria-live="polite"
        style={{ color: '#b42318' }}
      >
        {plan.problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <button
        type="submit"
        disabled={
          saving || plan.writes === null || !hasSplitWrites(plan.writes)
        }
      >
        Save split
      </button>{' '}
      {isManual ? (
        <button
          type="button"
          disabled={saving}
          onClick={() => write(planBackToPolicy(revenueSplit))}
        >
          Back to the policy
        </button>
      ) : null}
    </form>
  );
};

// The route of workflows/explain-credit-split.function.ts gives the split and the people the
// editor offers; planManualSplit (packages/domain) checks the draft as it is typed.
const EditCreditSplit = () => {
  const opportunityId = useRecordId();
  const [version, setVersion] = useState(0);
  const [outcome, setOutcome] = useState<string | null>(null);
  const { answer, problem } = useAppRoute<Answer>(
    opportunityId === null ? null : splitPath(opportunityId, version),
    { method: 'GET' },
  );
  if (opportunityId === null)
    return <p role="alert">Select one opportunity to edit its credit split.</p>;
  if (problem !== null) return <p role="alert">{problem}</p>;
  if (answer === null) return <p>Reading the credit split…</p>;
  const { globalAccountId } = answer.editor;
  const isManual = answer.editor.revenueSplit.some(
    (line) => line.source === 'MANUAL',
  );
  return (
    <div data-ready="true" data-split-version={version} style={{ padding: 16 }}>
      <strong>Revenue split of {answer.opportunity.name ?? 'this deal'}</strong>
      <p>
        {isManual
          ? 'Set by hand: the policy does not touch this split until you go back to it.'
          : 'Follows the policy. Change the shares to set it by hand (they must add up to 100.00 %).'}
      </p>
      <CreditLinesTable lines={answer.lines} />
      {outcome === null ? null : <p role="status">{outcome}</p>}
      {globalAccountId === null ? (
        <p>
          The deal&apos;s company is in no global account: it gets no credit to
          split.
        </p>
      ) : (
        <SplitEditor
          key={version}
          deal={{ opportunityId, globalAccountId }}
          editor={answer.editor}
          isManual={isManual}
          onSaved={(message) => {
            setOutcome(message);
            setVersion((current) => current + 1);
          }}
        />
      )}
    </div>
  );
};

export default defineFrontComponent({
  universalIdentifier: EDIT_CREDIT_SPLIT_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  name: 'edit-credit-split',
  description:
    "A deal's revenue split: the policy's lines and why, a manager's split by hand (exactly 100.00 %), and back to the policy.",
  component: EditCreditSplit,
});
