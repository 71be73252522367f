/**
 * The closed lists a producer profile is made of. Their wording lives in
 * `locales/<lng>/common.json` under `profile.options.<field>.<value>`.
 *
 * The six product groups are those of Decision 919/QĐ-TTg (see REFERENCE.md §4.2).
 */
export const PRODUCT_GROUPS = [
  'food',
  'beverage',
  'herbal',
  'handicraft',
  'ornamental',
  'tourism',
] as const;

/** Where the product's main raw material comes from. `none` is for services. */
export const RAW_MATERIALS = [
  'crop-herb',
  'livestock-aquatic',
  'forest',
  'processed-input',
  'none',
] as const;

export const LEGAL_FORMS = ['cooperative', 'coop-group', 'enterprise', 'household'] as const;

/** OCOP status of this product today. Star levels are the product's own, never estimated by the app. */
export const OCOP_STATUSES = [
  'not-yet',
  'applying',
  'certified-3',
  'certified-4',
  'certified-5',
  'expired',
] as const;

export type ProductGroup = (typeof PRODUCT_GROUPS)[number];
export type RawMaterial = (typeof RAW_MATERIALS)[number];
export type LegalForm = (typeof LEGAL_FORMS)[number];
export type OcopStatus = (typeof OCOP_STATUSES)[number];

/** Raw materials a product (goods, not a service) can come from: "none" is for services only. */
export const GOODS_RAW_MATERIALS = RAW_MATERIALS.filter((m): m is Exclude<RawMaterial, 'none'> => m !== 'none');

/** The committed (validated) profile of one assessment. */
export interface Profile {
  producerName: string;
  productName: string;
  productGroup: ProductGroup;
  rawMaterial: RawMaterial;
  legalForm: LegalForm;
  ocopStatus: OcopStatus;
  /** Id of one of the 34 provincial-level units (see provinces.ts). */
  province: string;
}

/** The profile fields that applicability rules may test. */
export const RULE_FIELDS = {
  productGroup: PRODUCT_GROUPS,
  rawMaterial: RAW_MATERIALS,
  legalForm: LEGAL_FORMS,
  ocopStatus: OCOP_STATUSES,
} as const;

export type RuleField = keyof typeof RULE_FIELDS;
