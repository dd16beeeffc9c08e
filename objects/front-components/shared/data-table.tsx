import { type CSSProperties } from 'react';

const cellStyle: CSSProperties = {
  padding: '2px 12px 2px 0',
  textAlign: 'left',
};

/** A plain table of figures already formatted for people; `empty` when there are no rows. */
export const DataTable = ({
  headers,
  rows,
  empty,
}: {
  headers: string[];
  rows: (string | number | null)[][];
  empty: string;
}) =>
  rows.length === 0 ? (
    <p style={{ margin: 0, color: '#666' }}>{empty}</p>
  ) : (
    <table style={{ borderCollapse: 'collapse', fontSize: 13 }}>
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header} style={cellStyle}>
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {row.map((cell, column) => (
              <td key={column} style={cellStyle}>
                {cell ?? '—'}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
