/** The one default currency: reporting currency of accounts that name none, price of amount-less manual lines. */
export const DEFAULT_CURRENCY = 'EUR';
