import { type AgreementProgress } from '../agreement-volume/agreement-progress.type';
import { type WorkspaceMemberId } from '../shared/ids.type';
import { type IsoDate } from '../shared/iso-date.util';

/** Who hears about an agreement, from its global account and account team (active today). */
export type AgreementAlertRecipients = {
  globalAccountManagerId: WorkspaceMemberId | null;
  contractManagerIds: readonly WorkspaceMemberId[];
  localAccountManagers: readonly {
    workspaceMemberId: WorkspaceMemberId;
    countryCode: string | null;
  }[];
};

export type AgreementAlertInput = {
  progress: AgreementProgress;
  recipients: AgreementAlertRecipients;
  today: IsoDate;
  /**
   * TIER_GAP fires when the projected volume falls short of the next tier by less than this
   * share of the tier's threshold (basis points; default 1000 = 10 %).
   */
  tierGapThresholdBasisPoints?: number;
  /** Dedupe keys of this agreement's stored conflicts (any kind). */
  storedDedupeKeys: readonly string[];
};

export const DEFAULT_TIER_GAP_THRESHOLD_BASIS_POINTS = 1000;
export const EXPIRY_REMINDER_DAYS = [90, 60, 30] as const;
