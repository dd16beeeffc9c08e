// twenty-shared/src/constants/QueryMaxRecordsFromRelation.ts
export const QUERY_MAX_RECORDS_FROM_RELATION = 60;
