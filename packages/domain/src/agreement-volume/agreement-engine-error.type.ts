/** Every refusal of the agreement engine; `message` is a sentence an admin can act on. */
export type AgreementEngineError =
  | { code: 'MISSING_AGREEMENT_DATES'; message: string }
  | { code: 'END_BEFORE_START'; message: string }
  | { code: 'UNKNOWN_CURRENCY'; currencyCode: string; message: string }
  | { code: 'DUPLICATE_TIER_THRESHOLD'; fromVolume: string; message: string }
  | { code: 'NEGATIVE_REBATE_PERCENT'; rebatePercent: number; message: string }
  | { code: 'INVALID_REBATE_PERCENT'; message: string }
  | { code: 'INVALID_TIER_THRESHOLD'; message: string }
  | {
      code: 'TIER_CURRENCY_MISMATCH';
      currencyCode: string;
      message: string;
    }
  | {
      code: 'MISSING_EXCHANGE_RATE';
      fromCurrency: string;
      toCurrency: string;
      message: string;
    }
  | {
      code: 'AGREEMENT_CURRENCY_UNREACHABLE';
      currency: string;
      message: string;
    }
  | { code: 'INVALID_RATE'; rate: string; message: string }
  | { code: 'INVALID_AMOUNT'; message: string }
  | { code: 'SETTLEMENT_CURRENCY_MISMATCH'; period: string; message: string };

export type AgreementEngineErrorCode = AgreementEngineError['code'];
