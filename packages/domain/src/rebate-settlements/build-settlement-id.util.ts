import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/**
 * The id of an agreement's settlement for a period, derived from both: two runs that create
 * the same settlement at once upsert one record instead of creating two. Shaped as a UUID
 * (version 8, RFC 9562 "custom") so Twenty accepts it as a record id.
 */
export const buildSettlementId = ({
  frameworkAgreementId,
  period,
}: {
  frameworkAgreementId: string;
  period: string;
}): string => {
  const hex = bytesToHex(
    sha256(utf8ToBytes(`rebateSettlement:${frameworkAgreementId}:${period}`)),
  );
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(
    16,
  );
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
