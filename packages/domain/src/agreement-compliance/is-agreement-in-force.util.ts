import { type AgreementRecord } from '../agreement-volume/agreement-engine-input.type';
import { type IsoDate } from '../shared/iso-date.util';

/**
 * In force on `day`: its dates hold the day and it is ACTIVE, or it is EXPIRED now and the day
 * is past (a deal closed while it ran). DRAFT and TERMINATED agreements are never in force.
 */
export const isAgreementInForce = ({
  agreement,
  day,
  today,
}: {
  agreement: AgreementRecord;
  day: IsoDate;
  today: IsoDate;
}): boolean =>
  agreement.startDate !== null &&
  agreement.endDateInclusive !== null &&
  agreement.startDate <= day &&
  day <= agreement.endDateInclusive &&
  (agreement.status === 'ACTIVE' ||
    (agreement.status === 'EXPIRED' && day <= today));
