import { useState } from 'react';
import { defineFrontComponent } from 'twenty-sdk/define';

import { PROSPECT_CHECK_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';
import { callAppRoute } from './shared/call-app-route.util';

// The route of workflows/prospect-check.function.ts.
const PROSPECT_CHECK_PATH = '/conflict-radar/prospect-check';

type Match = {
  companyId: string;
  matchClass: string;
  name: string;
  countryCode: string | null;
  owningOffice: string | null;
  ownerName: string | null;
  globalAccountName: string | null;
  openOpportunityCount: number;
};
type Answer = { matches: Match[]; message: string };

const ask = (query: Record<string, string>): Promise<Answer | string> =>
  callAppRoute<Answer>(PROSPECT_CHECK_PATH, { method: 'POST', body: query });

const FIELDS = [
  ['name', 'Company name'],
  ['domain', 'Website or domain'],
  ['registrationNumber', 'Registration or VAT number'],
  ['countryCode', 'Country (ISO code, e.g. PL)'],
] as const;

const ProspectCheck = () => {
  const [query, setQuery] = useState<Record<string, string>>({});
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = () => {
    setBusy(true);
    const filled = Object.fromEntries(
      Object.entries(query).filter(([, value]) => value.trim() !== ''),
    );
    ask(filled)
      .then((result) => {
        if (typeof result === 'string') {
          setProblem(result);
          setAnswer(null);
        } else {
          setProblem(null);
          setAnswer(result);
        }
      })
      .catch((error: unknown) =>
        setProblem(error instanceof Error ? error.message : String(error)),
      )
      .finally(() => setBusy(false));
  };
  return (
    <div
      style={{ padding: 16, display: 'flex', flexDirection: 'column', gap: 8 }}
    >
      <strong>Who already works this company?</strong>
      {FIELDS.map(([key, label]) => (
        <input
          key={key}
          placeholder={label}
          value={query[key] ?? ''}
          onChange={(event) =>
            setQuery({ ...query, [key]: event.target.value })
          }
        />
      ))}
      <button type="button" disabled={busy} onClick={submit}>
        {busy ? 'Checking…' : 'Check'}
      </button>
      {problem === null ? null : <p role="alert">{problem}</p>}
      {answer === null ? null : (
        <div>
          <p>{answer.message}</p>
          <table>
            <thead>
              <tr>
                <th>Company</th>
                <th>Match</th>
                <th>Country</th>
                <th>Office</th>
                <th>Owner</th>
                <th>Global account</th>
                <th>Open deals</th>
              </tr>
            </thead>
            <tbody>
              {answer.matches.map((match) => (
                <tr key={match.companyId}>
                  <td>{match.name}</td>
                  <td>{match.matchClass}</td>
                  <td>{match.countryCode ?? '—'}</td>
                  <td>{match.owningOffice ?? '—'}</td>
                  <td>{match.ownerName ?? '—'}</td>
                  <td>{match.globalAccountName ?? '—'}</td>
                  <td>{match.openOpportunityCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
};

export default defineFrontComponent({
  universalIdentifier: PROSPECT_CHECK_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  name: 'prospect-check',
  description:
    'A rep types a name, domain or registration number and sees who already works the company.',
  component: ProspectCheck,
});
