// Five fields (minute hour day-of-month month day-of-week), each a list of
// `*`, values or ranges with an optional `/step`, as Twenty's cron triggers take.
const FIELD_RANGES = [
  { min: 0, max: 59, names: [] },
  { min: 0, max: 23, names: [] },
  { min: 1, max: 31, names: [] },
  {
    min: 1,
    max: 12,
    names: [
      'JAN',
      'FEB',
      'MAR',
      'APR',
      'MAY',
      'JUN',
      'JUL',
      'AUG',
      'SEP',
      'OCT',
      'NOV',
      'DEC',
    ],
  },
  { min: 0, max: 7, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] },
] as const;

type FieldRange = (typeof FIELD_RANGES)[number];

const parseValue = (token: string, range: FieldRange): number | undefined => {
  const nameIndex = (range.names as readonly string[]).indexOf(
    token.toUpperCase(),
  );
  if (nameIndex >= 0) return nameIndex + (range.min === 1 ? 1 : 0);
  if (!/^\d+$/.test(token)) return undefined;
  const value = Number(token);
  return value >= range.min && value <= range.max ? value : undefined;
};

const isValidPart = (part: string, range: FieldRange): boolean => {
  const [base = '', step, ...rest] = part.split('/');
  if (rest.length > 0) return false;
  if (step !== undefined && !/^[1-9]\d*$/.test(step)) return false;
  if (base === '*') return true;
  const bounds = base.split('-');
  if (bounds.length > 2) return false;
  const values = bounds.map((bound) => parseValue(bound, range));
  if (values.some((value) => value === undefined)) return false;
  const [from = 0, to = from] = values as number[];
  return from <= to;
};

export const isValidCronPattern = (pattern: string): boolean => {
  const fields = pattern.trim().split(/\s+/);
  if (fields.length !== FIELD_RANGES.length) return false;
  return fields.every((field, position) => {
    const range = FIELD_RANGES[position];
    return (
      range !== undefined &&
      field.split(',').every((part) => isValidPart(part, range))
    );
  });
};
