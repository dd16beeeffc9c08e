import { type AgreementRecord } from '../agreement-volume/agreement-engine-input.type';
import { findCoveringAgreements } from '../agreement-compliance/find-covering-agreements.util';
import { type ComplianceCompany } from '../agreement-compliance/deal-compliance.type';
import { type EvidenceConflict } from '../agreement-conflicts/plan-evidence-conflict-changes.util';
import { listAssignees } from '../agreement-conflicts/list-assignees.util';
import { hashEvidence } from '../conflicts/hash-evidence.util';
import { type OpportunityId, type WorkspaceMemberId } from '../shared/ids.type';
import { type IsoDate } from '../shared/iso-date.util';

export const PARALLEL_IMPORT_KIND = 'PARALLEL_IMPORT';

/** `PARALLEL_IMPORT:<opportunityId>:<assignee>`: one conflict per deal and person who must act. */
export const parallelImportKey = (
  opportunityId: OpportunityId,
  assigneeId: WorkspaceMemberId | null,
): string =>
  `${PARALLEL_IMPORT_KIND}:${opportunityId}:${assigneeId ?? 'unassigned'}`;

/** The agreed discount a country gets: the highest-priority agreement in force covering it. */
export type CountryAgreedPrice = {
  countryCode: string;
  agreementId: string | null;
  agreementName: string | null;
  /** Agreed discount off list, in basis points (1,000 = 10 %); null when no agreement prices it. */
  discountBasisPoints: number | null;
};

export type ParallelImportDetails = {
  companyCountry: string | null;
  bookingCountry: string;
  shipToCountry: string | null;
  prices: CountryAgreedPrice[];
  /**
   * Booking country's agreed discount minus the company country's, in basis points (positive:
   * booked where the price is lower); null when either country has no agreed price.
   */
  priceGapBasisPoints: number | null;
};

const toBasisPoints = (percent: number): number => Math.round(percent * 100);

const agreedPriceIn = ({
  countryCode,
  company,
  agreements,
  day,
  today,
}: {
  countryCode: string;
  company: ComplianceCompany;
  agreements: readonly AgreementRecord[];
  day: IsoDate;
  today: IsoDate;
}): CountryAgreedPrice => {
  const priced = findCoveringAgreements({
    company: { ...company, countryCode },
    agreements,
    day,
    today,
  }).filter((agreement) => agreement.agreedDiscountPercent !== null);
  // Highest priority first; between equals the larger discount (what the buyer would claim), then id.
  const [best] = [...priced].sort((left, right) => {
    const byPriority = (right.priority ?? 0) - (left.priority ?? 0);
    if (byPriority !== 0) return byPriority;
    const byDiscount =
      (right.agreedDiscountPercent ?? 0) - (left.agreedDiscountPercent ?? 0);
    if (byDiscount !== 0) return byDiscount;
    return left.id.localeCompare(right.id);
  });
  return best === undefined || best.agreedDiscountPercent === null
    ? {
        countryCode,
        agreementId: null,
        agreementName: null,
        discountBasisPoints: null,
      }
    : {
        countryCode,
        agreementId: best.id,
        agreementName: best.name,
        discountBasisPoints: toBasisPoints(best.agreedDiscountPercent),
      };
};

const formatPoints = (basisPoints: number): string => {
  const points = Math.abs(basisPoints) / 100;
  return `${Number.isInteger(points) ? points : points.toFixed(2)} ${points === 1 ? 'point' : 'points'}`;
};

const describe = (details: ParallelImportDetails): string => {
  const route = [
    `booked in ${details.bookingCountry}`,
    details.companyCountry === null
      ? null
      : `for a company in ${details.companyCountry}`,
    details.shipToCountry === null
      ? null
      : `shipped to ${details.shipToCountry}`,
  ]
    .filter((part): part is string => part !== null)
    .join(', ');
  const gap = details.priceGapBasisPoints;
  const priced = details.prices
    .filter((price) => price.discountBasisPoints !== null)
    .map(
      (price) =>
        `${price.countryCode} ${(price.discountBasisPoints ?? 0) / 100}% off list`,
    );
  const gapText =
    gap === null || gap === 0
      ? priced.length === 0
        ? ''
        : ` Agreed prices: ${priced.join(', ')}.`
      : ` Agreed prices differ by ${formatPoints(gap)} (${priced.join(', ')}): the order is placed where it is ${gap > 0 ? 'cheaper' : 'dearer'}.`;
  return `Parallel import: ${route}. Agree which office serves it.${gapText}`;
};

/**
 * CONFLICTS.md "Parallel import": a deal of a family company booked in another country than the
 * company's or than its ship-to country raises PARALLEL_IMPORT for the GAM and the deal owner,
 * naming the countries and, when agreements price the countries differently, the price gap.
 * Stored PARALLEL_IMPORT keys of the deal that are not raised again are returned to resolve.
 */
export const planParallelImportConflicts = ({
  opportunityId,
  company,
  bookingCountry,
  shipToCountry,
  ownerId,
  globalAccountManagerId,
  agreements,
  day,
  today,
  storedDedupeKeys,
}: {
  opportunityId: OpportunityId;
  /** The deal's company; globalAccountId null = outside every family (nothing raised). */
  company: ComplianceCompany | null;
  bookingCountry: string | null;
  shipToCountry: string | null;
  ownerId: WorkspaceMemberId | null;
  globalAccountManagerId: WorkspaceMemberId | null;
  agreements: readonly AgreementRecord[];
  /** The deal's day (close date, else today): which agreements are in force. */
  day: IsoDate;
  today: IsoDate;
  storedDedupeKeys: readonly string[];
}): { raised: EvidenceConflict[]; resolvedKeys: string[] } => {
  const countryOf = (value: string | null | undefined): string | null => {
    const code = value?.trim().toUpperCase() ?? '';
    return code === '' ? null : code;
  };
  const booking = countryOf(bookingCountry);
  const shipTo = countryOf(shipToCountry);
  const home = countryOf(company?.countryCode);
  const isImport =
    company !== null &&
    company.globalAccountId !== null &&
    booking !== null &&
    ((home !== null && booking !== home) ||
      (shipTo !== null && booking !== shipTo));
  const raised: EvidenceConflict[] = [];
  if (isImport && company !== null && company.globalAccountId !== null) {
    const countries = [
      ...new Set(
        [home, booking, shipTo].filter((c): c is string => c !== null),
      ),
    ];
    const prices = countries.map((countryCode) =>
      agreedPriceIn({ countryCode, company, agreements, day, today }),
    );
    const bookingPrice = prices.find((p) => p.countryCode === booking);
    const homePrice = prices.find((p) => p.countryCode === (home ?? shipTo));
    const priceGapBasisPoints =
      bookingPrice?.discountBasisPoints == null ||
      homePrice?.discountBasisPoints == null
        ? null
        : bookingPrice.discountBasisPoints - homePrice.discountBasisPoints;
    const details: ParallelImportDetails = {
      companyCountry: home,
      bookingCountry: booking,
      shipToCountry: shipTo,
      prices,
      priceGapBasisPoints,
    };
    const evidenceHash = hashEvidence({
      kind: PARALLEL_IMPORT_KIND,
      opportunityId,
      companyCountry: home,
      bookingCountry: booking,
      shipToCountry: shipTo,
      prices: prices.map((price) => ({
        countryCode: price.countryCode,
        agreementId: price.agreementId,
        discountBasisPoints: price.discountBasisPoints,
      })),
    });
    const summary = describe(details);
    for (const assigneeId of listAssignees([globalAccountManagerId, ownerId]))
      raised.push({
        kind: PARALLEL_IMPORT_KIND,
        severity: 'WARNING',
        dedupeKey: parallelImportKey(opportunityId, assigneeId),
        globalAccountId: company.globalAccountId,
        opportunityId,
        companyId: company.id,
        frameworkAgreementId: null,
        assigneeId,
        countries,
        summary,
        details,
        evidenceHash,
      });
  }
  const raisedKeys = new Set(raised.map((conflict) => conflict.dedupeKey));
  const resolvedKeys = storedDedupeKeys.filter(
    (key) =>
      key.startsWith(`${PARALLEL_IMPORT_KIND}:${opportunityId}:`) &&
      !raisedKeys.has(key),
  );
  return { raised, resolvedKeys };
};
