import { formatMoney } from '../money/micros.util';
import { type Money } from '../money/money.type';

const groupThousands = (digits: string): string =>
  digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** "38,000 EUR", "38,000.50 EUR": thousands grouped, zero cents left out, exact. */
export const formatAmountForPeople = (money: Money): string => {
  const [number = '', currency = ''] = formatMoney(money).split(' ');
  const [units = '', fraction = ''] = number.replace('-', '').split('.');
  const sign = number.startsWith('-') ? '-' : '';
  const cents = /^0*$/.test(fraction) ? '' : `.${fraction}`;
  return `${sign}${groupThousands(units)}${cents} ${currency}`;
};

/** 200 → "2%", 250 → "2.5%". */
export const formatBasisPointsForPeople = (basisPoints: number): string =>
  `${String(basisPoints / 100)}%`;
