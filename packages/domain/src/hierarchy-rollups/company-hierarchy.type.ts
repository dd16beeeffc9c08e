import { type CompanyId } from '../shared/ids.type';

export type ParentCycleError = {
  code: 'PARENT_CYCLE';
  /** The companies of the cycle, starting and ending with the company being changed. */
  cycle: CompanyId[];
  message: string;
};
