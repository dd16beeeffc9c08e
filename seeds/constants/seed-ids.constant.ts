// Deterministic, recognisable ids (prefix 5eed) so a reload upserts instead of duplicating.
const seedId = (group: number, index: number): string =>
  `5eed${String(group).padStart(4, '0')}-0000-4000-8000-${String(index).padStart(12, '0')}`;

export const SEED_IDS = {
  workspaceMember: (index: number) => seedId(1, index),
  company: (index: number) => seedId(2, index),
  globalAccount: (index: number) => seedId(3, index),
  teamMember: (index: number) => seedId(4, index),
  opportunity: (index: number) => seedId(5, index),
  creditPeriod: (index: number) => seedId(6, index),
  person: (index: number) => seedId(7, index),
  frameworkAgreement: (index: number) => seedId(8, index),
  rebateTier: (index: number) => seedId(9, index),
  accountPlan: (index: number) => seedId(10, index),
  accountPlanObjective: (index: number) => seedId(11, index),
};
