import { type defineField, type FieldType } from 'twenty-sdk/define';

type FieldManifest = Parameters<typeof defineField>[0];
type SelectFieldManifest = Extract<FieldManifest, { type: FieldType.SELECT }>;
export type SelectOption = NonNullable<SelectFieldManifest['options']>[number];
export type TagColor = NonNullable<SelectOption['color']>;

// 'AT_RISK' -> 'At risk': a readable default label, overridable per value.
const toSentenceCase = (value: string): string => {
  const words = value.toLowerCase().split('_').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

// SELECT options are built from the domain's value arrays, so each value of
// DATA-MODEL.md is written once; ids are fixed (the build would otherwise
// derive them from the label, and a relabel would recreate the option).
export const buildSelectOptions = <TValue extends string>({
  values,
  ids,
  colors,
  labels,
}: {
  values: readonly TValue[];
  ids: Readonly<Record<TValue, string>>;
  colors: Readonly<Record<TValue, TagColor>>;
  labels?: Readonly<Partial<Record<TValue, string>>>;
}): SelectOption[] =>
  values.map((value, position) => ({
    id: ids[value],
    value,
    label: labels?.[value] ?? toSentenceCase(value),
    position,
    color: colors[value],
  }));
