import {
  defineObject,
  FieldType,
  NumberDataType,
  OnDeleteAction,
  RelationType,
} from 'twenty-sdk/define';

import {
  FRAMEWORK_AGREEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  FRAMEWORK_AGREEMENT_REBATE_TIERS_FIELD_UNIVERSAL_IDENTIFIER,
  REBATE_TIER_FRAMEWORK_AGREEMENT_FIELD_UNIVERSAL_IDENTIFIER,
  REBATE_TIER_FROM_VOLUME_FIELD_UNIVERSAL_IDENTIFIER,
  REBATE_TIER_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  REBATE_TIER_OBJECT_UNIVERSAL_IDENTIFIER,
  REBATE_TIER_REBATE_PERCENT_FIELD_UNIVERSAL_IDENTIFIER,
} from './constants/universal-identifiers';

export default defineObject({
  universalIdentifier: REBATE_TIER_OBJECT_UNIVERSAL_IDENTIFIER,
  nameSingular: 'rebateTier',
  namePlural: 'rebateTiers',
  labelSingular: 'Rebate tier',
  labelPlural: 'Rebate tiers',
  description:
    'A volume step of a framework agreement: from this cumulative volume on, the customer earns this rebate.',
  icon: 'IconStairsUp',
  labelIdentifierFieldMetadataUniversalIdentifier:
    REBATE_TIER_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  fields: [
    {
      universalIdentifier: REBATE_TIER_NAME_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.TEXT,
      name: 'name',
      label: 'Name',
      description: 'Short title, e.g. "Tier 2: from 1M EUR, 3%".',
      icon: 'IconAbc',
    },
    {
      universalIdentifier:
        REBATE_TIER_FRAMEWORK_AGREEMENT_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.RELATION,
      name: 'frameworkAgreement',
      label: 'Agreement',
      description: 'The agreement this tier belongs to.',
      icon: 'IconFileCertificate',
      isNullable: true,
      relationTargetObjectMetadataUniversalIdentifier:
        FRAMEWORK_AGREEMENT_OBJECT_UNIVERSAL_IDENTIFIER,
      relationTargetFieldMetadataUniversalIdentifier:
        FRAMEWORK_AGREEMENT_REBATE_TIERS_FIELD_UNIVERSAL_IDENTIFIER,
      universalSettings: {
        relationType: RelationType.MANY_TO_ONE,
        onDelete: OnDeleteAction.CASCADE,
        joinColumnName: 'frameworkAgreementId',
      },
    },
    {
      universalIdentifier: REBATE_TIER_FROM_VOLUME_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.CURRENCY,
      name: 'fromVolume',
      label: 'From volume',
      description:
        'Cumulative volume at which this tier starts, in the agreement currency.',
      icon: 'IconStairs',
    },
    {
      universalIdentifier:
        REBATE_TIER_REBATE_PERCENT_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.NUMBER,
      name: 'rebatePercent',
      label: 'Rebate %',
      description: 'Rebate earned in this tier, in percent (2.5 means 2.50%).',
      icon: 'IconPercentage',
      universalSettings: { dataType: NumberDataType.FLOAT, decimals: 2 },
    },
  ],
});
