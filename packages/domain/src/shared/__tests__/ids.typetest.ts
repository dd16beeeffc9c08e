// Compiled by `typecheck`, never run: each @ts-expect-error line must stay a type error.
import { type OpportunityId, type WorkspaceMemberId } from '../ids.type';
import { type IsoDate } from '../iso-date.util';
import { type CurrencyCode } from '../../money/currency.util';

declare const opportunityId: OpportunityId;
declare const takesMember: (id: WorkspaceMemberId) => void;
declare const takesDay: (day: IsoDate) => void;
declare const takesCurrency: (currency: CurrencyCode) => void;

// @ts-expect-error an opportunity id is not a workspace member id
takesMember(opportunityId);
// @ts-expect-error a plain string is not a checked calendar day
takesDay('2026-11-27');
// @ts-expect-error a plain string is not a checked ISO 4217 code
takesCurrency('EUR');
