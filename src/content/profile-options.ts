/**
 * The closed lists a producer profile is made of. Their wording lives in
 * `locales/<lng>/common.json` under `profile.options.<field>.<value>`.
 *
 * The six product groups are those of Decision 919/QĐ-TTg (see REFERENCE.md §4.2).
 */
export const PRODUCT_GROUPS = ['food', 'beverage', 'herbal', 'handicraft', 'ornamental', 'tourism'] as const;

/** Where the product's main raw material comes from. `none` is for services. */
export const RAW_MATERIALS = ['crop-herb', 'livestock-aquatic', 'forest', 'processed-input', 'none'] as const;

export const LEGAL_FORMS = ['cooperative', 'coop-group', 'enterprise', 'household'] as const;

/** OCOP status of this product today. Star levels are the product's own, never estimated by the app. */
export const OCOP_STATUSES = [
  'not-yet',
  'applying',
  'submitted',
  'below-3',
  'certified-3',
  'certified-4',
  'certified-5',
  'expired',
] as const;

/**
 * Whether traceability binds this producer. Circular 02/2024/TT-BKHCN binds
 * those who run traceability; a producer also falls under it in practice when
 * a buyer, a platform or an authority demands it. `neither` and `not-sure`
 * leave the condition not established (see src/content/rule-kind.ts).
 */
export const TRACEABILITY = ['runs', 'required', 'neither', 'not-sure'] as const;

export type ProductGroup = (typeof PRODUCT_GROUPS)[number];
export type RawMaterial = (typeof RAW_MATERIALS)[number];
export type LegalForm = (typeof LEGAL_FORMS)[number];
export type OcopStatus = (typeof OCOP_STATUSES)[number];
export type Traceability = (typeof TRACEABILITY)[number];

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
  /**
   * Asked of goods producers since format 3. Optional so that older records stay
   * valid: missing means the condition is not established.
   */
  traceability?: Traceability;
}

/** The profile fields that applicability rules may test. */
export const RULE_FIELDS = {
  productGroup: PRODUCT_GROUPS,
  rawMaterial: RAW_MATERIALS,
  legalForm: LEGAL_FORMS,
  ocopStatus: OCOP_STATUSES,
} as const;

export type RuleField = keyof typeof RULE_FIELDS;
