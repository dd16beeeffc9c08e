/**
 * CONFLICTS.md "Privacy": the only facts a conflict may show about the other record,
 * whatever the reader may see otherwise. Never amounts, notes or other fields.
 */
export type ConflictPartyFacts = {
  name: string;
  countryCode: string | null;
  owningOffice: string | null;
  ownerName: string | null;
  globalAccountName: string | null;
  lastActivityAt: string | null;
  openOpportunityCount: number;
};

/** Any record shape that carries at least these facts; every other field is dropped. */
export type ConflictPartySource = {
  name?: string | null;
  countryCode?: string | null;
  owningOffice?: string | null;
  ownerName?: string | null;
  globalAccountName?: string | null;
  lastActivityAt?: string | null;
  openOpportunityCount?: number | null;
};

const textOrNull = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : null;

/** Copies the allowed facts field by field (never a spread), so nothing else can leak. */
export const toConflictPartyFacts = (
  record: ConflictPartySource,
): ConflictPartyFacts => {
  const count = record.openOpportunityCount;
  return {
    name: textOrNull(record.name) ?? '(no name)',
    countryCode: textOrNull(record.countryCode),
    owningOffice: textOrNull(record.owningOffice),
    ownerName: textOrNull(record.ownerName),
    globalAccountName: textOrNull(record.globalAccountName),
    lastActivityAt: textOrNull(record.lastActivityAt),
    openOpportunityCount:
      typeof count === 'number' && Number.isSafeInteger(count) && count > 0
        ? count
        : 0,
  };
};
