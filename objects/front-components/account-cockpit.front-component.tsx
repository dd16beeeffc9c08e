import { type CSSProperties, type ReactNode } from 'react';
import { defineFrontComponent } from 'twenty-sdk/define';
import { useRecordId } from 'twenty-sdk/front-component';

import { type AccountCockpit } from '@global-accounts/domain';

import { ACCOUNT_COCKPIT_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER } from '../constants/universal-identifiers';
import { DataTable } from './shared/data-table';
import { useAppRoute } from './shared/use-app-route.util';

// Every figure comes computed from the route of workflows/account-cockpit.function.ts
// (domain: buildAccountCockpit); this component only renders it.
const cockpitPath = (globalAccountId: string) =>
  `/global-accounts/${encodeURIComponent(globalAccountId)}/cockpit`;

const sectionStyle: CSSProperties = { marginBottom: 16 };

const Section = ({
  title,
  children,
}: {
  title: string;
  children: ReactNode;
}) => (
  <section style={sectionStyle} aria-label={title}>
    <h3 style={{ margin: '0 0 6px', fontSize: 14 }}>{title}</h3>
    {children}
  </section>
);

const CockpitView = ({ cockpit }: { cockpit: AccountCockpit }) => (
  <div data-ready="true">
    <p style={{ marginTop: 0 }}>
      <strong>{cockpit.account.name}</strong>
      {cockpit.account.ultimateParent === ''
        ? null
        : ` · ultimate parent ${cockpit.account.ultimateParent}`}
      {` · figures in ${cockpit.account.reportingCurrency}`}
    </p>
    {cockpit.account.problem === null ? null : (
      <p role="status">{cockpit.account.problem}</p>
    )}
    <Section title="Family and coverage">
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {cockpit.familyTree.map((row) => (
          <li key={row.id} style={{ paddingLeft: row.depth * 18 }}>
            {row.name} ({row.countryCode ?? '—'})
            {row.covered ? '' : ' · no local account manager'}
          </li>
        ))}
      </ul>
      <p style={{ margin: '6px 0 0' }}>
        {cockpit.uncoveredCountries.length === 0
          ? `Every country covered (${cockpit.memberCountries.join(', ')}).`
          : `Uncovered: ${cockpit.uncoveredCountries.join(', ')}.`}
      </p>
    </Section>
    <Section title="Pipeline and won revenue by country">
      <DataTable
        headers={['Country', 'Open pipeline', 'Won this fiscal year']}
        rows={cockpit.byCountry.map((row) => [
          row.countryCode,
          row.pipeline,
          row.won,
        ])}
        empty="No open or won deals yet."
      />
    </Section>
    <Section title="Revenue credit by office">
      <DataTable
        headers={['Office', 'Won (credited)', 'Provisional']}
        rows={cockpit.creditByOffice.map((row) => [
          row.countryCode,
          row.credited,
          row.provisional,
        ])}
        empty="No credit yet."
      />
    </Section>
    <Section title="Agreement tier progress">
      <DataTable
        headers={[
          'Agreement',
          'Status',
          'Volume to date',
          'Next tier at',
          'Reached',
          'Rebate now',
        ]}
        rows={cockpit.agreements.map((row) => [
          row.name,
          row.status,
          row.volumeToDate,
          row.nextTierThreshold,
          row.progressPercent === null ? null : `${row.progressPercent}%`,
          row.currentRebatePercent === null
            ? null
            : `${row.currentRebatePercent}%`,
        ])}
        empty="No framework agreement."
      />
    </Section>
    <Section title="Open conflicts">
      <DataTable
        headers={['Kind', 'Severity', 'Summary', 'Assignees']}
        rows={cockpit.conflicts.map((row) => [
          row.kind,
          row.severity,
          row.summary,
          row.assignees.join(', '),
        ])}
        empty="No open conflict."
      />
    </Section>
    <Section title="Recent activity in the family">
      <DataTable
        headers={['When', 'What', 'Title', 'Company']}
        rows={cockpit.recentActivity.map((row) => [
          row.at.slice(0, 10),
          row.kind.toLowerCase(),
          row.title,
          row.companyName,
        ])}
        empty="Nothing yet."
      />
    </Section>
  </div>
);

const AccountCockpitComponent = () => {
  const globalAccountId = useRecordId();
  const { answer: cockpit, problem } = useAppRoute<AccountCockpit>(
    globalAccountId === null ? null : cockpitPath(globalAccountId),
    { method: 'GET' },
  );
  return (
    <div style={{ padding: 16, fontFamily: 'Inter, sans-serif' }}>
      {globalAccountId === null ? (
        <p role="alert">Open a global account to see its cockpit.</p>
      ) : problem !== null ? (
        <p role="alert">{problem}</p>
      ) : cockpit === null ? (
        <p>Loading the cockpit…</p>
      ) : (
        <CockpitView cockpit={cockpit} />
      )}
    </div>
  );
};

export default defineFrontComponent({
  universalIdentifier: ACCOUNT_COCKPIT_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  name: 'account-cockpit',
  description:
    "The global account's 360° cockpit: family and coverage, pipeline and won revenue by country, credit by office, agreement progress, open conflicts and the family's recent activity.",
  component: AccountCockpitComponent,
});
