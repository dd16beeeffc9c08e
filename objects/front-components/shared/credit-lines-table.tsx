import { type ExplainedLine } from '@global-accounts/domain';

import { DataTable } from './data-table';

/** A deal's live credit lines as explainCreditSplit gives them, with the engine's reasons. */
export const CreditLinesTable = ({ lines }: { lines: ExplainedLine[] }) => (
  <DataTable
    headers={[
      'Recipient',
      'Office',
      'Type',
      'Share',
      'Amount',
      'Status',
      'Entry',
      'Why',
    ]}
    rows={lines.map((line) => [
      line.recipient,
      line.countryCode,
      line.creditType,
      line.share,
      line.amount,
      line.status,
      line.entryType,
      line.reason,
    ])}
    empty="No credit yet: the deal has no global account, or no amount."
  />
);
